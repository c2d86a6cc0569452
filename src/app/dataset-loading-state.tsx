import { LoadingState } from "@/components/feedback/loading-state";
import { useLoadProgress } from "@/data/load-progress";

/**
 * How many of the manifest's files the data worker has fetched: in place of the page until the
 * first data arrives, then (`whileShown`) above the page while the rest of the archive loads.
 */
export function DatasetLoadingState({ whileShown = false }: { whileShown?: boolean }) {
  const progress = useLoadProgress();
  if (whileShown && progress === null) return null;
  return (
    <LoadingState
      label={
        whileShown
          ? "Loading the other briefs; the pages fill in as they arrive"
          : "Loading brief data"
      }
      progress={progress && { done: progress.loaded, total: progress.total, unit: "files" }}
      inline={whileShown}
    />
  );
}
