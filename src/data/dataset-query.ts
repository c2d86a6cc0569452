import { queryOptions, useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { ManifestError } from "@/data/load-dataset";
import { loadDatasetOffThread } from "@/data/load-dataset-off-thread";
import { setLoadProgress } from "@/data/load-progress";
import { dataBaseUrl } from "@/config/data-source";

export const dataKeys = {
  all: ["data"] as const,
  dataset: (baseUrl: string) => [...dataKeys.all, "dataset", baseUrl] as const,
};

/**
 * The whole dataset, loaded once: the files are static, so it never goes stale. Adding or
 * removing a brief on this device invalidates it (in every tab).
 */
export function datasetQueryOptions(baseUrl: string = dataBaseUrl()) {
  return queryOptions({
    queryKey: dataKeys.dataset(baseUrl),
    // Fetching, validating and normalising run in the data worker; the page stays responsive.
    queryFn: () =>
      loadDatasetOffThread(baseUrl, setLoadProgress).finally(() => setLoadProgress(null)),
    staleTime: Infinity,
    gcTime: Infinity,
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
