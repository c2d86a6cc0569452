import { LoadingState } from "@/components/feedback/loading-state";
import { useLoadProgress } from "@/data/load-progress";

/** Shown while the data worker loads the dataset: how many of the manifest's files have arrived. */
export function DatasetLoadingState() {
  const progress = useLoadProgress();
  return (
    <LoadingState
      label="Loading brief data"
      progress={progress && { done: progress.loaded, total: progress.total, unit: "files" }}
    />
  );
}
