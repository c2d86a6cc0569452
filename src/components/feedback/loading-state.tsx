import { formatCount } from "@/lib/count-text";
interface Progress {
  done: number;
  total: number;
  /** What is counted, plural: "files". */
  unit: string;
}

/**
 * A spinner with what is loading, and how far it has come when that is known; `inline` sits
 * above content already shown instead of standing in for it.
 */
export function LoadingState({
  label,
  progress,
  inline = false,
}: {
  label: string;
  progress?: Progress | null;
  inline?: boolean;
}) {
  return (
    <div
      className={`text-stone-600 dark:text-stone-300 ${inline ? "no-print mb-4 text-sm" : "py-12"}`}
    >
      <div role="status" aria-live="polite" className="flex items-center gap-3">
        <span
          aria-hidden="true"
          className="h-4 w-4 animate-spin rounded-full border-2 border-stone-300 border-t-accent-600"
        />
        {label}…
      </div>
      {/* Outside the live region: a count changing per file would be read out per file. */}
      {progress && progress.total > 0 && (
        <div className="mt-2 flex items-center gap-3 text-sm">
          <progress
            className="h-2 w-48 accent-accent-600"
            max={progress.total}
            value={progress.done}
            aria-label={label}
          />
          <span>
            {formatCount(progress.done)} of {formatCount(progress.total)} {progress.unit}
          </span>
        </div>
      )}
    </div>
  );
}
