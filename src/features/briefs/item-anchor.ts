/**
 * Props for an element a link can point at (`/briefs/:id#item`): its id, focusable by script
 * so the reader lands on it, room above when scrolled to, and a highlight while it is the target.
 */
export function itemAnchorProps(id: string, activeId: string | null) {
  const isActive = id === activeId;
  return {
    id,
    tabIndex: -1,
    "data-active": isActive ? "true" : undefined,
    className: `scroll-mt-6 rounded-md outline-offset-4 transition-colors ${
      isActive ? "bg-amber-50 ring-2 ring-amber-300 dark:bg-amber-950/40 dark:ring-amber-700" : ""
    }`,
  };
}
