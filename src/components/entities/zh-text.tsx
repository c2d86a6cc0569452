import type { ReactNode } from "react";

/** Chinese text marked as such, so the browser picks Chinese glyphs and screen readers the voice. */
export function ZhText({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <span lang="zh-Hans" className={className}>
      {children}
    </span>
  );
}
