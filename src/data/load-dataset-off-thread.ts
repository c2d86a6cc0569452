import type { DatasetRequest, DatasetResponse } from "@/data/dataset-worker-protocol";
import type { LoadListeners } from "@/data/load-dataset";
import { ManifestError } from "@/data/manifest-error";
import type { Dataset } from "@/data/model";

/** Marked when the dataset is kept for the next visit: the bench and tests wait for it. */
export const DATASET_STORED_MARK = "dataset:stored";

/** Somewhere to send a request and hear its answers: a data worker, or this thread. */
export interface DatasetChannel {
  send(request: DatasetRequest): void;
  close(): void;
}

type OpenChannel = (receive: (response: DatasetResponse) => void) => DatasetChannel;

/** A fresh worker per load, ended with it: its copy of the data is freed at once. */
export const openDatasetChannel: OpenChannel = (receive) => {
  // Without workers (jsdom in tests) the same request runs in this thread: one loading path,
  // imported on demand so the loader and zod stay out of the page's first bundle.
  if (typeof Worker === "undefined") {
    return {
      send: (request) =>
        void import("@/data/dataset-worker-protocol").then(({ answerDatasetRequest }) =>
          answerDatasetRequest(request, receive),
        ),
      close: () => {},
    };
  }
  const worker = new Worker(new URL("./dataset.worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = ({ data }: MessageEvent<DatasetResponse>) => receive(data);
  worker.onerror = (event) => {
    event.preventDefault();
    receive({ type: "crashed", message: event.message || "the data worker could not start" });
  };
  return { send: (request) => worker.postMessage(request), close: () => worker.terminate() };
};

/**
 * The dataset, loaded by the data worker: the page receives it validated and normalised (a
 * structured clone keeps the records' shared references), and hears of each file fetched and
 * of the first look at the newest brief.
 */
export function loadDatasetOffThread(
  baseUrl: string,
  { onProgress, onFirstLook }: LoadListeners = {},
  open: OpenChannel = openDatasetChannel,
): Promise<Dataset> {
  return new Promise((resolve, reject) => {
    const channel = open((response) => {
      if (response.type === "progress") {
        onProgress?.({ loaded: response.loaded, total: response.total });
        return;
      }
      if (response.type === "first-look") {
        onFirstLook?.(response.dataset);
        return;
      }
      if (response.type === "loaded") {
        resolve(response.dataset);
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
    channel.send({ baseUrl });
  });
}
