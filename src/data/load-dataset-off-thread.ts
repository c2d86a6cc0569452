import { openDatasetChannel, type OpenChannel } from "@/data/dataset-channel";
import { datasetAssembler } from "@/data/dataset-parts";
import type { LoadListeners } from "@/data/load-dataset";
import { ManifestError } from "@/data/manifest-error";
import type { Dataset } from "@/data/model";

/** Marked when the dataset is kept for the next visit: the bench and tests wait for it. */
export const DATASET_STORED_MARK = "dataset:stored";
/** Marked when the whole dataset is in the page (after any first look): the bench waits for it. */
export const DATASET_LOADED_MARK = "dataset:loaded";

/**
 * The dataset, loaded by the data worker: the page receives it validated and normalised, in
 * parts (dataset-parts.ts), and hears of each file fetched and of the first look at the newest
 * brief.
 */
export function loadDatasetOffThread(
  baseUrl: string,
  { onProgress, onFirstLook }: LoadListeners = {},
  open: OpenChannel = openDatasetChannel,
): Promise<Dataset> {
  const assembler = datasetAssembler();
  return new Promise((resolve, reject) => {
    const channel = open({ baseUrl }, (response) => {
      if (response.type === "progress") {
        const { loaded, total, briefItems } = response;
        onProgress?.({ loaded, total, briefItems });
        return;
      }
      if (response.type === "first-look") {
        onFirstLook?.(response.dataset);
        return;
      }
      if (response.type === "part") {
        assembler.add(response.part);
        return;
      }
      if (response.type === "loaded") {
        resolve(assembler.finish(response.end));
        performance.mark(DATASET_LOADED_MARK);
        return;
      }
      // After "loaded", the worker lives on until the dataset is kept for the next visit.
      channel.close();
      if (response.type === "finished") {
        if (response.stored) performance.mark(DATASET_STORED_MARK);
      } else if (response.type === "manifest-failed")
        reject(new ManifestError(response.problems, response.retryable));
      else reject(new Error(`The data could not be loaded: ${response.message}`));
    });
  });
}
