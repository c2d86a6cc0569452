import { useCallback } from "react";
import { searchPageCodec, type SearchFilters } from "@/domain/search/search-filters";
import { useUrlState, type UrlStateOptions } from "@/lib/url-state";

export type UpdateSearchFilters = (
  change: Partial<SearchFilters>,
  options?: Pick<UrlStateOptions, "replace">,
) => void;

/**
 * The search page's query and filters, kept in the URL. The query is typed (it reaches the URL
 * once typing rests or the field loses focus, replacing the entry); choosing a filter pushes an
 * entry, so Back undoes it.
 */
export function useSearchPageState() {
  const { state, update, flush } = useUrlState(searchPageCodec);
  const setQuery = useCallback((query: string) => update({ query }, { typing: true }), [update]);
  const setFilters = useCallback<UpdateSearchFilters>(
    (change, options) => update(({ filters }) => ({ filters: { ...filters, ...change } }), options),
    [update],
  );
  return { ...state, setQuery, commitQuery: flush, setFilters };
}
