import { useCallback, useLayoutEffect, useMemo, useRef } from "react";
import { useSearchParams } from "react-router";
import {
  DEFAULT_NEWS_FILTERS,
  parseNewsFilters,
  toNewsSearchParams,
  type NewsFilters,
} from "@/domain/news/news-filters";

/** A change, or a function of the current state giving one (stable callers need not hold it). */
export type NewsFiltersChange =
  Partial<NewsFilters> | ((current: NewsFilters) => Partial<NewsFilters>);

export type UpdateNewsFilters = (
  change: NewsFiltersChange,
  options?: { replace?: boolean },
) => void;

/**
 * The Corporate news page state in the URL. Discrete choices push a history entry (back undoes
 * them); typing passes `replace`, so one search is one entry.
 */
export function useNewsFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseNewsFilters(params), [params]);
  // React Router gives a new setter whenever the URL changes; `update` stays the same function,
  // so the memoised chart and facets it is handed do not re-render on every keystroke.
  const setParamsRef = useRef(setParams);
  useLayoutEffect(() => {
    setParamsRef.current = setParams;
  }, [setParams]);
  const update = useCallback<UpdateNewsFilters>(
    (change, options) =>
      setParamsRef.current(
        (params) => {
          const current = parseNewsFilters(params);
          const next = typeof change === "function" ? change(current) : change;
          return toNewsSearchParams({ ...current, ...next }, params);
        },
        { replace: options?.replace ?? false },
      ),
    [],
  );
  /** Every filter off; the sort order and chart mode stay. */
  const clearFilters = useCallback(
    () => update(({ sort, chart }) => ({ ...DEFAULT_NEWS_FILTERS, sort, chart })),
    [update],
  );
  return { filters, update, clearFilters };
}
