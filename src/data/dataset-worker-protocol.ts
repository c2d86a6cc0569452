import { readAddedBriefs } from "@/data/added-briefs";
import type { DatasetRequest } from "@/data/dataset-request";
import {
  datasetCacheKey,
  indexedDbDatasetCache,
  type DatasetCache,
  type KeptFirstLook,
} from "@/data/dataset-cache";
import { isPageFallback, type FetchLike } from "@/data/fetch-json";
import {
  listedFileCount,
  loadListedFiles,
  readManifest,
  type BriefItems,
  type LoadProgress,
} from "@/data/load-dataset";
import { ManifestError } from "@/data/manifest-error";
import type { DataProblem, Dataset } from "@/data/model";
import { datasetParts, type DatasetEnd, type DatasetPart } from "@/data/dataset-parts";

/**
 * What the worker answers: progress while files arrive, a first look (one message: it is one
 * brief), the dataset in parts, then one outcome; after "loaded", "finished" once the dataset is
 * kept for the next visit (or could not be).
 */
export type DatasetResponse =
  | ({ type: "progress" } & LoadProgress)
  | { type: "first-look"; dataset: Dataset }
  | { type: "part"; part: DatasetPart }
  | { type: "loaded"; end: DatasetEnd }
  | { type: "finished"; stored: boolean }
  // A ManifestError does not survive structured cloning as a class: its fields cross instead.
  | { type: "manifest-failed"; problems: DataProblem[]; retryable: boolean }
  | { type: "crashed"; message: string };

/** The cache in a built app; in development data files are edited by hand under one manifest. */
const DEFAULT_CACHE = import.meta.env.DEV ? null : indexedDbDatasetCache;

function postDataset(dataset: Dataset, post: (response: DatasetResponse) => void): void {
  for (const part of datasetParts(dataset)) post({ type: "part", part });
  post({ type: "loaded", end: { synthetic: dataset.synthetic, problems: dataset.problems } });
}

/** The cache is a shortcut: when it fails, the files are loaded as on a first visit. */
async function quietly<T>(failure: string, work: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(`${failure}: ${reason}`);
    return fallback;
  }
}

/**
 * Loads the dataset for one request and posts every answer through `post`: the body of the data
 * worker, and what runs in the page's own thread where there are no workers (jsdom). When the
 * manifest (with its revision of every listed file), the added briefs and the app are as on the
 * last visit, the dataset kept then is answered without fetching or validating another file;
 * otherwise the new one is kept. A manifest without a revision is never kept.
 */
export async function answerDatasetRequest(
  { baseUrl }: DatasetRequest,
  post: (response: DatasetResponse) => void,
  fetchFn: FetchLike = fetch,
  cache: DatasetCache | null = DEFAULT_CACHE,
): Promise<void> {
  try {
    const addedRead = readAddedBriefs();
    const { json, manifest } = await readManifest(baseUrl, fetchFn);
    const added = await addedRead;
    // When the added briefs could not be listed, a kept dataset would hide that problem; and
    // without a revision, a brief edited in place would go unseen.
    const key =
      cache === null || added.problems.length > 0 || manifest.revision === undefined
        ? null
        : await quietly(
            "The data kept from the last visit could not be looked up; loading the files instead",
            () =>
              datasetCacheKey({
                code: import.meta.url,
                baseUrl,
                manifest: json,
                added: added.records,
              }),
            null,
          );
    const kept =
      cache === null || key === null
        ? null
        : await quietly(
            "The data kept from the last visit could not be read; loading the files instead",
            () =>
              cache.read(key, ({ dataset, briefItems }) => {
                post({ type: "first-look", dataset });
                // Every file is in the kept dataset; what the banner says is how much is shown.
                const files = listedFileCount(manifest);
                if (briefItems) post({ type: "progress", loaded: files, total: files, briefItems });
              }),
            null,
          );
    if (kept) {
      postDataset(kept, post);
      post({ type: "finished", stored: false });
      return;
    }

    // A file that could not be fetched may be there next time: only a whole read is kept.
    let everyFileServed = true;
    const watchedFetch: FetchLike = (url) =>
      fetchFn(url).then(
        (response) => {
          if (!response.ok || isPageFallback(response)) everyFileServed = false;
          return response;
        },
        (error: unknown) => {
          everyFileServed = false;
          throw error;
        },
      );
    let firstLook: KeptFirstLook | null = null;
    let briefItems: BriefItems | null = null;
    const dataset = await loadListedFiles(baseUrl, manifest, watchedFetch, added, {
      onProgress: (progress) => {
        briefItems = progress.briefItems ?? null;
        post({ type: "progress", ...progress });
      },
      onFirstLook: (look) => {
        firstLook = { dataset: look, briefItems: null };
        post({ type: "first-look", dataset: look });
      },
    });
    postDataset(dataset, post);
    const stored =
      cache !== null &&
      key !== null &&
      everyFileServed &&
      (await quietly(
        "The data could not be kept for the next visit",
        () => cache.keep(key, dataset, firstLook && { ...firstLook, briefItems }).then(() => true),
        false,
      ));
    post({ type: "finished", stored });
  } catch (error) {
    if (error instanceof ManifestError) {
      post({ type: "manifest-failed", problems: error.problems, retryable: error.retryable });
    } else {
      post({ type: "crashed", message: error instanceof Error ? error.message : String(error) });
    }
  }
}
