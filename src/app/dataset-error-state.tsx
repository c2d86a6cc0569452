import type { FallbackProps } from "react-error-boundary";
import { ErrorFallback } from "@/components/feedback/error-fallback";
import { ManifestError } from "@/data/manifest-error";
import { formatProblem } from "@/data/problems";

/** The data index itself could not be used: say which file and why, and offer a retry. */
export function DatasetErrorState({ error, resetErrorBoundary }: FallbackProps) {
  const details =
    error instanceof ManifestError
      ? error.problems.map(formatProblem)
      : [error instanceof Error ? error.message : String(error)];
  return (
    <ErrorFallback
      scope="page"
      title="The brief data could not be loaded"
      retryLabel="Retry"
      onRetry={resetErrorBoundary}
    >
      <ul className="mt-2 list-disc pl-5 font-mono text-sm">
        {details.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </ErrorFallback>
  );
}
