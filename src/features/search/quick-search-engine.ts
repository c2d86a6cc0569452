import type { SearchIndex } from "@/domain/search/build-search-index";
import { describeSearchHit, type SearchHitDescription } from "@/domain/search/describe-search-hit";
import type { HighlightTerms } from "@/domain/search/match-query";
import type { SearchKind } from "@/domain/search/search-documents";
import { NO_SEARCH_FILTERS } from "@/domain/search/search-filters";
import { searchIndex } from "@/domain/search/search-index";
import { toSearchHitHref } from "@/features/search/search-hit-links";

/** Hits per kind in the header's list; the search page shows the rest. */
const HITS_PER_KIND = 4;

export interface QuickSearchOption {
  key: string;
  href: string;
  description: SearchHitDescription;
}

export interface QuickSearchGroup {
  kind: SearchKind;
  total: number;
  options: QuickSearchOption[];
}

export interface QuickSearchResult {
  total: number;
  groups: QuickSearchGroup[];
  highlight: HighlightTerms;
}

/**
 * The header's search: the best hits of each kind, described and linked. Loaded on demand with
 * the index code, so the first page does not carry it.
 */
export function runQuickSearch(index: SearchIndex, query: string): QuickSearchResult {
  const results = searchIndex(index, query, NO_SEARCH_FILTERS, HITS_PER_KIND);
  return {
    total: results.total,
    highlight: results.highlight,
    groups: results.groups.map((group) => ({
      kind: group.kind,
      total: group.total,
      options: group.hits.map(({ record }) => ({
        key: `${record.kind}:${record.item.id}`,
        href: toSearchHitHref(record),
        description: describeSearchHit(record, results.highlight),
      })),
    })),
  };
}
