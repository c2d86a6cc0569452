import { Link } from "react-router";
import { describeSearchHit, SEARCH_KIND_LABELS } from "@/domain/search/describe-search-hit";
import type { HighlightTerms } from "@/domain/search/match-query";
import type { SearchGroup } from "@/domain/search/search-index";
import { SearchHitSummary } from "@/features/search/search-hit-summary";
import { toSearchHitHref, toSearchHitLinks } from "@/features/search/search-hit-links";
import { Button } from "@/components/ui/button";

interface SearchResultGroupProps {
  group: SearchGroup;
  highlight: HighlightTerms;
  /** Offered when more hits exist than are shown: "Show all 120 policies". */
  onShowMore: () => void;
  showMoreLabel: string;
}

/** One kind's results: each a link to the item, with other useful places beside it. */
export function SearchResultGroup({
  group,
  highlight,
  onShowMore,
  showMoreLabel,
}: SearchResultGroupProps) {
  const headingId = `results-${group.kind}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-2 text-lg font-semibold">
        {SEARCH_KIND_LABELS[group.kind]}{" "}
        <span className="text-sm font-normal text-stone-600 dark:text-stone-400">
          ({group.total})
        </span>
      </h2>
      <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
        {group.hits.map(({ record }) => (
          <li key={`${record.kind}:${record.item.id}`} className="px-4 py-3">
            <Link
              to={toSearchHitHref(record)}
              className="group block hover:text-accent-800 dark:hover:text-accent-100"
            >
              <SearchHitSummary
                description={describeSearchHit(record, highlight)}
                highlight={highlight}
              />
            </Link>
            {toSearchHitLinks(record).map((link) => (
              <Link
                key={link.href}
                to={link.href}
                className="mr-3 text-xs font-medium text-accent-700 underline dark:text-accent-100"
              >
                {link.label}
              </Link>
            ))}
          </li>
        ))}
      </ol>
      {group.hits.length < group.total && (
        <Button onClick={onShowMore} variant="accent-link" className="mt-2 text-sm">
          {showMoreLabel}
        </Button>
      )}
    </section>
  );
}
