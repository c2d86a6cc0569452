import { useCallback } from "react";
import {
  DEFAULT_NEWS_FILTERS,
  newsFiltersCodec,
  type NewsFilters,
} from "@/domain/news/news-filters";
import { useUrlState, type UpdateUrlState, type UrlStateChange } from "@/lib/url-state";

export type NewsFiltersChange = UrlStateChange<NewsFilters>;
export type UpdateNewsFilters = UpdateUrlState<NewsFilters>;

/**
 * The Corporate news page state in the URL. `filters` hold the typed query over the URL's (the
 * list follows typing at once); `urlFilters` are what the URL says (the chart and facets follow
 * those, so a keystroke does not recount them).
 */
export function useNewsFilters() {
  const { state: filters, urlState: urlFilters, update, flush } = useUrlState(newsFiltersCodec);
  const setQuery = useCallback((query: string) => update({ query }, { typing: true }), [update]);
  /** Every filter off; the sort order and chart mode stay. */
  const clearFilters = useCallback(
    () => update(({ sort, chart }) => ({ ...DEFAULT_NEWS_FILTERS, sort, chart })),
    [update],
  );
  return { filters, urlFilters, update, setQuery, commitQuery: flush, clearFilters };
}
