import { LoadingState } from "@/components/feedback/loading-state";
import type { LoadProgress } from "@/data/load-dataset";
import { useLoadProgress } from "@/data/load-progress";
import { formatCount } from "@/lib/count-text";

/**
 * How many of the manifest's files the data worker has fetched: in place of the page until the
 * first data arrives, then (`whileShown`) above the page while the rest of the archive loads.
 */
export function DatasetLoadingState({ whileShown = false }: { whileShown?: boolean }) {
  const progress = useLoadProgress();
  if (whileShown && progress === null) return null;
  return (
    <LoadingState
      label={whileShown ? whileShownLabel(progress) : "Loading brief data"}
      progress={
        // Once every file is in, only the check of a large brief is left: a full bar says nothing.
        progress && !(progress.briefItems && progress.loaded === progress.total)
          ? { done: progress.loaded, total: progress.total, unit: "files" }
          : null
      }
      inline={whileShown}
    />
  );
}

/** What the pages show while more loads: the other briefs, or the rest of a very large brief. */
function whileShownLabel(progress: LoadProgress | null): string {
  const items = progress?.briefItems;
  if (!items) return "Loading the other briefs; the pages fill in as they arrive";
  return `Showing ${formatCount(items.shown)} of the newest brief's ${formatCount(items.of)} items while the rest is checked; the pages fill in when it is done`;
}
