import type { FallbackProps } from "react-error-boundary";

/** One view of the page failed: the filters and the other views still work. */
export function PanelError({ error, resetErrorBoundary }: FallbackProps) {
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">This view failed to display</p>
      <p className="mt-1">{error instanceof Error ? error.message : String(error)}</p>
      <button
        type="button"
        onClick={resetErrorBoundary}
        className="mt-3 rounded-md bg-red-700 px-3 py-1 font-medium text-white hover:bg-red-800"
      >
        Try again
      </button>
    </div>
  );
}
