import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import {
  parseSearchPageFilters,
  toSearchPageSearchParams,
  type SearchFilters,
} from "@/domain/search/search-filters";

export type UpdateSearchFilters = (
  change: Partial<SearchFilters>,
  options?: { replace?: boolean },
) => void;

/**
 * The search page's query and filters, kept in the URL. Typing replaces the history entry (one
 * search is one entry); choosing a filter pushes one, so Back undoes it.
 */
export function useSearchPageState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearchPageFilters(params), [params]);
  const setQuery = useCallback(
    (query: string) =>
      setParams(
        (current) => toSearchPageSearchParams({ ...parseSearchPageFilters(current), query }),
        { replace: true },
      ),
    [setParams],
  );
  const setFilters = useCallback<UpdateSearchFilters>(
    (change, options) =>
      setParams(
        (current) => {
          const { query, filters } = parseSearchPageFilters(current);
          return toSearchPageSearchParams({ query, filters: { ...filters, ...change } });
        },
        { replace: options?.replace ?? false },
      ),
    [setParams],
  );
  return { ...state, setQuery, setFilters };
}
