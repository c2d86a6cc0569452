import { SEARCH_KIND_LABELS } from "@/domain/search/describe-search-hit";
import type { QuickSearchResult } from "@/features/search/quick-search-engine";
import { toOptionProps, type OptionHandlers } from "@/features/search/quick-search-popup";
import { SearchHitSummary } from "@/features/search/search-hit-summary";

/** The header search's hits, grouped by kind, numbered through the groups as arrows move. */
export function QuickSearchOptions({
  listId,
  result,
  handlers,
}: {
  listId: string;
  result: QuickSearchResult;
  handlers: OptionHandlers;
}) {
  let start = 0;
  return result.groups.map((group) => {
    const first = start;
    start += group.options.length;
    const headingId = `${listId}-${group.kind}`;
    return (
      <li key={group.kind} role="presentation">
        <ul role="group" aria-labelledby={headingId}>
          <li
            role="presentation"
            id={headingId}
            className="bg-stone-50 px-3 py-1 text-xs font-semibold uppercase tracking-wide text-stone-600 dark:bg-stone-950 dark:text-stone-400"
          >
            {SEARCH_KIND_LABELS[group.kind]} ({group.total})
          </li>
          {group.options.map((option, at) => (
            <li key={option.key} {...toOptionProps(handlers, first + at, option.href)}>
              <SearchHitSummary
                description={option.description}
                highlight={result.highlight}
                isCompact
              />
            </li>
          ))}
        </ul>
      </li>
    );
  });
}
