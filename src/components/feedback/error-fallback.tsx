import type { ReactNode } from "react";
import type { FallbackProps } from "react-error-boundary";
import { Button } from "@/components/ui/button";

interface ErrorFallbackProps {
  /** A page or the dataset (its own h1, the navigation keeps working) or one panel of a page. */
  scope: "page" | "panel";
  title: string;
  children: ReactNode;
  retryLabel?: string;
  onRetry: () => void;
}

/** The one look of every error boundary's fallback: what failed, why, and a way to try again. */
export function ErrorFallback({
  scope,
  title,
  children,
  retryLabel = "Try again",
  onRetry,
}: ErrorFallbackProps) {
  const Title = scope === "page" ? "h1" : "p";
  return (
    <section
      role="alert"
      className={`rounded-lg border border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100 ${scope === "page" ? "p-6" : "p-4 text-sm"}`}
    >
      <Title className={scope === "page" ? "text-lg font-semibold" : "font-semibold"}>
        {title}
      </Title>
      {children}
      <Button variant="danger" onClick={onRetry} className="mt-4">
        {retryLabel}
      </Button>
    </section>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** For `FallbackComponent`: a fault in one page; the navigation and other pages keep working. */
export function PageErrorFallback({ error, resetErrorBoundary }: FallbackProps) {
  return (
    <ErrorFallback scope="page" title="This view failed to display" onRetry={resetErrorBoundary}>
      <p className="mt-1 text-sm">{messageOf(error)}. The rest of the dashboard still works.</p>
    </ErrorFallback>
  );
}

/** For `FallbackComponent`: a fault in one panel; the filters and the other views still work. */
export function PanelErrorFallback({ error, resetErrorBoundary }: FallbackProps) {
  return (
    <ErrorFallback scope="panel" title="This view failed to display" onRetry={resetErrorBoundary}>
      <p className="mt-1">{messageOf(error)}</p>
    </ErrorFallback>
  );
}
