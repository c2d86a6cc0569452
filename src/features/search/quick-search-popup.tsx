import type { MouseEvent, ReactNode } from "react";

/** What every option of the list needs to know and to report. */
export interface OptionHandlers {
  optionId: (at: number) => string;
  activeIndex: number;
  onActivate: (at: number) => void;
  onChoose: (href: string) => void;
}

/** Props of option number `at`, which leads to `href`. */
export function toOptionProps(handlers: OptionHandlers, at: number, href: string) {
  const { optionId, activeIndex, onActivate, onChoose } = handlers;
  const isActive = at === activeIndex;
  return {
    id: optionId(at),
    role: "option",
    "aria-selected": isActive,
    // Keep the focus in the input: a click would otherwise blur it and close the list.
    onMouseDown: (event: MouseEvent) => event.preventDefault(),
    onMouseMove: () => !isActive && onActivate(at),
    onClick: () => onChoose(href),
    className: `block cursor-pointer px-3 py-2 text-left ${isActive ? "bg-accent-50 dark:bg-stone-800" : ""}`,
  };
}

interface QuickSearchPopupProps {
  listId: string;
  status: string;
  /** Results of an earlier query, shown dimmed while the new one runs. */
  isStale: boolean;
  query: string;
  /** The last option: the search page with this query. */
  allResults: { at: number; href: string };
  handlers: OptionHandlers;
  /** The result groups (loaded with the search code). */
  children: ReactNode;
}

/** The header search's pop-up: a status line, the results, then "all results". */
export function QuickSearchPopup({
  listId,
  status,
  isStale,
  query,
  allResults,
  handlers,
  children,
}: QuickSearchPopupProps) {
  return (
    <div
      className={`absolute right-0 z-50 mt-1 w-[min(36rem,90vw)] overflow-hidden rounded-lg border border-stone-200 bg-white shadow-lg dark:border-stone-700 dark:bg-stone-900 ${isStale ? "opacity-80" : ""}`}
    >
      <p
        role="status"
        className="border-b border-stone-100 px-3 py-1.5 text-xs text-stone-600 dark:border-stone-800 dark:text-stone-400"
      >
        {status}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label="Search results"
        className="max-h-[70vh] overflow-y-auto"
      >
        {children}
        <li {...toOptionProps(handlers, allResults.at, allResults.href)}>
          <span className="text-sm font-medium text-accent-700 dark:text-accent-100">
            All results for “{query.trim()}” on the search page
          </span>
        </li>
      </ul>
    </div>
  );
}
