import { useDeferredValue, useEffect, useMemo } from "react";
import type { Dataset } from "@/data/model";
import { countSearchFacets, listSearchFacetValues } from "@/domain/search/count-search-facets";
import { matchQuery } from "@/domain/search/match-query";
import type { SearchFilters } from "@/domain/search/search-filters";
import { selectSearchHits } from "@/domain/search/search-index";
import { useInteractionMeasure } from "@/lib/perf";
import { useSearchIndex } from "@/features/search/use-search-index";

/**
 * Results of the search page: the query is matched once, then filtered, grouped and counted
 * per facet from that match, so changing a filter does not search again.
 */
export function useSearchPageResults(
  dataset: Dataset,
  query: string,
  filters: SearchFilters,
  limit: number,
) {
  const { state, prepare } = useSearchIndex(dataset);
  useEffect(prepare, [prepare]);
  const index = state.status === "ready" ? state.index : null;
  const deferredQuery = useDeferredValue(query);
  const match = useMemo(
    () => (index && deferredQuery.trim() ? matchQuery(index, deferredQuery) : null),
    [index, deferredQuery],
  );
  const results = useMemo(
    () => (index && match ? selectSearchHits(index, match, filters, limit) : null),
    [index, match, filters, limit],
  );
  const facets = useMemo(
    () => (index && match ? countSearchFacets(index, match, filters) : null),
    [index, match, filters],
  );
  const facetValues = useMemo(() => (index ? listSearchFacetValues(index) : null), [index]);
  useInteractionMeasure("search:query", [results]);
  return { state, results, facets, facetValues, isStale: deferredQuery !== query };
}
