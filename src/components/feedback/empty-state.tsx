import type { ReactNode } from "react";

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-stone-300 p-8 text-center dark:border-stone-700">
      <p className="font-medium">{title}</p>
      {children && (
        <div className="mt-2 text-sm text-stone-600 dark:text-stone-400">{children}</div>
      )}
    </div>
  );
}
