import type { ReactNode } from "react";

/** What a chart says in its place when there is nothing to count. */
export function ChartEmpty({ children }: { children: ReactNode }) {
  return <p className="py-6 text-center text-sm text-stone-600 dark:text-stone-400">{children}</p>;
}
