import { Suspense, useRef } from "react";
import { Outlet, useLocation } from "react-router";
import { QueryErrorResetBoundary } from "@tanstack/react-query";
import { ErrorBoundary } from "react-error-boundary";
import { DataProblemsNotice } from "@/app/data-problems-notice";
import { DatasetErrorState } from "@/app/dataset-error-state";
import { DatasetLoadingState } from "@/app/dataset-loading-state";
import { SiteHeader } from "@/app/site-header";
import { SyntheticDataBanner } from "@/app/synthetic-data-banner";
import { useHeadingFocus } from "@/app/use-heading-focus";
import { PageErrorFallback } from "@/components/feedback/error-fallback";

export function RootLayout() {
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  useHeadingFocus(main);
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900"
      >
        Skip to content
      </a>
      <SiteHeader />
      {/* At least a viewport tall, so no layout shift when the page replaces the loading state:
          the footer starts below the fold, and the scrollbar is there from the first frame (a
          scrollbar appearing later moves every centred element sideways). */}
      <main
        ref={main}
        id="main"
        tabIndex={-1}
        className="mx-auto min-h-screen w-full max-w-7xl flex-1 px-4 py-6 sm:px-6"
      >
        <QueryErrorResetBoundary>
          {({ reset }) => (
            <ErrorBoundary onReset={reset} FallbackComponent={DatasetErrorState}>
              <Suspense fallback={<DatasetLoadingState />}>
                <SyntheticDataBanner />
                <DatasetLoadingState whileShown />
                <DataProblemsNotice />
                {/* Keyed by path: a fault in one page never blanks the others. */}
                <ErrorBoundary key={location.pathname} FallbackComponent={PageErrorFallback}>
                  <Outlet />
                </ErrorBoundary>
              </Suspense>
            </ErrorBoundary>
          )}
        </QueryErrorResetBoundary>
      </main>
      <footer className="no-print border-t border-stone-200 px-4 py-4 text-center text-xs text-stone-500 dark:border-stone-800 dark:text-stone-400">
        Data: MERICS China Industries briefs. Facts marked “annotation” come from public knowledge,
        not from the brief.
      </footer>
    </div>
  );
}
