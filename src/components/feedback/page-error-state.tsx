import type { FallbackProps } from "react-error-boundary";

/** A fault in one page: the navigation and the other pages keep working. */
export function PageErrorState({ error, resetErrorBoundary }: FallbackProps) {
  return (
    <section
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-6 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <h1 className="text-lg font-semibold">This view failed to display</h1>
      <p className="mt-1 text-sm">
        {error instanceof Error ? error.message : String(error)}. The rest of the dashboard still
        works.
      </p>
      <button
        type="button"
        onClick={resetErrorBoundary}
        className="mt-4 rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800"
      >
        Try again
      </button>
    </section>
  );
}
