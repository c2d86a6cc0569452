import { queryOptions, useQuery, useSuspenseQuery, type QueryClient } from "@tanstack/react-query";
import { ManifestError } from "@/data/manifest-error";
import { loadDatasetOffThread } from "@/data/load-dataset-off-thread";
import { setLoadProgress } from "@/data/load-progress";
import type { Dataset } from "@/data/model";
import { problem } from "@/data/problems";
import { dataBaseUrl } from "@/config/data-source";

export const dataKeys = {
  all: ["data"] as const,
  dataset: (baseUrl: string) => [...dataKeys.all, "dataset", baseUrl] as const,
};

// First looks hold only the newest brief: pages that compare briefs wait for the rest.
const firstLooks = new WeakSet<Dataset>();

/** Whether `dataset` is the first look at the newest brief, with the other briefs still loading. */
export function isFirstLook(dataset: Dataset): boolean {
  return firstLooks.has(dataset);
}

/** Counts loads, so a load overtaken by a newer one (after an invalidation) writes nothing. */
let latestLoad = 0;

/**
 * Resolves with the first look at the newest brief when the worker sends one, so the pages draw
 * while the rest loads; the whole dataset then replaces it in the cache. Without a first look
 * (one brief, or a failure before it) it resolves or rejects with the whole load.
 */
function loadProgressively(
  baseUrl: string,
  client: QueryClient,
  queryKey: readonly unknown[],
): Promise<Dataset> {
  const load = ++latestLoad;
  return new Promise((resolve, reject) => {
    let shown: Dataset | null = null;
    loadDatasetOffThread(baseUrl, {
      onProgress: (progress) => {
        if (load === latestLoad) setLoadProgress(progress);
      },
      onFirstLook: (firstLook) => {
        firstLooks.add(firstLook);
        shown = firstLook;
        resolve(firstLook);
      },
    })
      .then(
        (dataset) => {
          if (shown === null) resolve(dataset);
          else if (load === latestLoad) client.setQueryData(queryKey, dataset);
        },
        (caught: unknown) => {
          const error = caught instanceof Error ? caught : new Error(String(caught));
          if (shown === null) return reject(error);
          // The newest brief is on screen: keep it, and say that the rest is missing.
          const reason = error.message;
          const missing = problem("the other briefs", "", `could not be loaded (${reason})`);
          if (load === latestLoad)
            client.setQueryData(queryKey, { ...shown, problems: [...shown.problems, missing] });
        },
      )
      .finally(() => {
        if (load === latestLoad) setLoadProgress(null);
      });
  });
}

/**
 * The whole dataset, loaded once: the files are static, so it never goes stale. Adding or
 * removing a brief on this device invalidates it (in every tab).
 */
export function datasetQueryOptions(baseUrl: string = dataBaseUrl()) {
  return queryOptions({
    queryKey: dataKeys.dataset(baseUrl),
    // Fetching, validating and normalising run in the data worker; the page stays responsive.
    queryFn: ({ client, queryKey }) => loadProgressively(baseUrl, client, queryKey),
    staleTime: Infinity,
    gcTime: Infinity,
    // Comparing a 100k-item dataset with the one it replaces, field by field, would block the
    // page for longer than it took to load: every load is a new dataset anyway.
    structuralSharing: false,
    // Retrying cannot fix a bad file; only a network failure is worth another try.
    retry: (failureCount, error) =>
      error instanceof ManifestError && error.retryable && failureCount < 2,
  });
}

export function useDataset() {
  return useQuery(datasetQueryOptions());
}

/** The loaded dataset; suspends while loading and throws load failures to the error boundary. */
export function useLoadedDataset() {
  return useSuspenseQuery(datasetQueryOptions()).data;
}
