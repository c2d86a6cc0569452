import type { FallbackProps } from "react-error-boundary";
import { ManifestError } from "@/data/load-dataset";
import { formatProblem } from "@/data/problems";

/** The data index itself could not be used: say which file and why, and offer a retry. */
export function DatasetErrorState({ error, resetErrorBoundary }: FallbackProps) {
  const details =
    error instanceof ManifestError
      ? error.problems.map(formatProblem)
      : [error instanceof Error ? error.message : String(error)];
  return (
    <section
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-6 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <h1 className="text-lg font-semibold">The brief data could not be loaded</h1>
      <ul className="mt-2 list-disc pl-5 font-mono text-sm">
        {details.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button
        type="button"
        onClick={resetErrorBoundary}
        className="mt-4 rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800"
      >
        Retry
      </button>
    </section>
  );
}
