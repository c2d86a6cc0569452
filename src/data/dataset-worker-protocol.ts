import { readAddedBriefs } from "@/data/added-briefs";
import type { FetchLike } from "@/data/fetch-json";
import { loadDataset, type LoadProgress } from "@/data/load-dataset";
import { ManifestError } from "@/data/manifest-error";
import type { DataProblem, Dataset } from "@/data/model";

/** What the page asks the data worker: the whole dataset under `baseUrl` (an absolute URL). */
export interface DatasetRequest {
  baseUrl: string;
}

/** What the worker answers: progress while files arrive, a first look, then one outcome. */
export type DatasetResponse =
  | ({ type: "progress" } & LoadProgress)
  | { type: "first-look"; dataset: Dataset }
  | { type: "loaded"; dataset: Dataset }
  // A ManifestError does not survive structured cloning as a class: its fields cross instead.
  | { type: "manifest-failed"; problems: DataProblem[]; retryable: boolean }
  | { type: "crashed"; message: string };

/**
 * Loads the dataset for one request and posts every answer through `post`: the body of the data
 * worker, and what runs in the page's own thread where there are no workers (jsdom).
 */
export async function answerDatasetRequest(
  request: DatasetRequest,
  post: (response: DatasetResponse) => void,
  fetchFn: FetchLike = fetch,
): Promise<void> {
  try {
    const dataset = await loadDataset(request.baseUrl, fetchFn, readAddedBriefs(), {
      onProgress: (progress) => post({ type: "progress", ...progress }),
      onFirstLook: (firstLook) => post({ type: "first-look", dataset: firstLook }),
    });
    post({ type: "loaded", dataset });
  } catch (error) {
    if (error instanceof ManifestError) {
      post({ type: "manifest-failed", problems: error.problems, retryable: error.retryable });
    } else {
      post({ type: "crashed", message: error instanceof Error ? error.message : String(error) });
    }
  }
}
