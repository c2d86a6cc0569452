import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { dataKeys, useLoadedDataset } from "@/data/dataset-query";
import { formatProblem } from "@/data/problems";
import { Button } from "@/components/ui/button";
import { countText, formatCount } from "@/lib/count-text";

/** A broken generated file can hold thousands of problems; listing them all would freeze the page. */
const LISTED_PROBLEMS = 100;

/** Names every file, JSON path and problem found while loading; the valid data still shows. */
export function DataProblemsNotice() {
  const { problems } = useLoadedDataset();
  const queryClient = useQueryClient();
  const [dismissed, setDismissed] = useState(false);
  if (problems.length === 0 || dismissed) return null;
  const errors = problems.filter((p) => p.severity === "error").length;
  const canRetry = problems.some((p) => /could not be (fetched|loaded)/.test(p.message));
  return (
    <section
      role="alert"
      aria-labelledby="data-problems-title"
      className="no-print mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <div className="flex items-start justify-between gap-4">
        <h2 id="data-problems-title" className="font-semibold">
          {errors > 0
            ? `Some data could not be loaded (${countText(problems.length, "problem")}). Everything else is shown.`
            : `Data warnings (${problems.length})`}
        </h2>
        <div className="flex shrink-0 gap-2">
          {canRetry && (
            <Button
              variant="notice"
              size="compact"
              onClick={() => void queryClient.invalidateQueries({ queryKey: dataKeys.all })}
            >
              Retry
            </Button>
          )}
          <Button variant="notice" size="compact" onClick={() => setDismissed(true)}>
            Dismiss
          </Button>
        </div>
      </div>
      <ul className="mt-2 list-disc space-y-1 pl-5 font-mono text-xs">
        {problems.slice(0, LISTED_PROBLEMS).map((item, at) => (
          <li key={at}>{formatProblem(item)}</li>
        ))}
      </ul>
      {problems.length > LISTED_PROBLEMS && (
        <p className="mt-2">
          … and {formatCount(problems.length - LISTED_PROBLEMS)} more, not listed here; fixing the
          first often fixes many.
        </p>
      )}
    </section>
  );
}
