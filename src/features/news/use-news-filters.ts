import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { NavigationType, useNavigationType, useSearchParams } from "react-router";
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

/** How long typing must rest before the query is written into the URL. */
const TYPING_REST_MS = 300;

/** A query typed over the URL whose parameters are `base`, not in the URL yet. */
interface Draft {
  query: string;
  base: string;
}

/**
 * The Corporate news page state in the URL. Discrete choices push a history entry (back undoes
 * them). Typing shows at once but reaches the URL only once it rests (or the field loses focus),
 * replacing the entry: a navigation per keystroke re-rendered everything that reads the
 * location, half of a keystroke's cost at 100,000 items. Meanwhile `filters` hold the typed
 * query over the URL's, and any other change carries it along; `urlFilters` are what the URL says.
 */
export function useNewsFilters() {
  const [params, setParams] = useSearchParams();
  const navigationType = useNavigationType();
  const search = params.toString();
  const urlFilters = useStableFilters(parseNewsFilters(params));
  const [draft, setDraft] = useState<Draft | null>(null);
  let typing = draft;
  if (draft !== null && draft.base !== search) {
    // The URL moved under the typed query. Back or forward leaves it behind, and a URL holding
    // it already takes over; a write of ours holding an older one (typing went on while it
    // landed) does not: the typed query stays, over the new URL.
    const isLeftBehind = navigationType === NavigationType.Pop || urlFilters.query === draft.query;
    typing = isLeftBehind ? null : { query: draft.query, base: search };
    setDraft(typing);
  }
  const filters = useStableFilters(typing ? { ...urlFilters, query: typing.query } : urlFilters);

  // React Router gives a new setter whenever the URL changes; `update` reads the latest one, and
  // stays the same function, so the memoised chart and facets it is handed do not re-render.
  const latest = useRef({ params, setParams, filters });
  useLayoutEffect(() => {
    latest.current = { params, setParams, filters };
  });
  const update = useCallback<UpdateNewsFilters>((change, options) => {
    const { params, setParams, filters: current } = latest.current;
    const next = typeof change === "function" ? change(current) : change;
    const nextParams = toNewsSearchParams({ ...current, ...next }, params);
    // Nowhere to navigate: the URL already says what to show, so a typed query gives way.
    if (nextParams.toString() === params.toString()) setDraft(null);
    else setParams(nextParams, { replace: options?.replace ?? false });
  }, []);
  const setQuery = useCallback(
    (query: string) => setDraft({ query, base: latest.current.params.toString() }),
    [],
  );
  /** Writes a typed query into the URL now: the field lost focus, and a link may be next. */
  const commitQuery = useCallback(
    () => update({ query: latest.current.filters.query }, { replace: true }),
    [update],
  );
  useEffect(() => {
    if (draft === null) return;
    const timer = window.setTimeout(
      () => update({ query: draft.query }, { replace: true }),
      TYPING_REST_MS,
    );
    return () => window.clearTimeout(timer);
  }, [draft, update]);

  /** Every filter off; the sort order and chart mode stay. */
  const clearFilters = useCallback(
    () => update(({ sort, chart }) => ({ ...DEFAULT_NEWS_FILTERS, sort, chart })),
    [update],
  );
  return { filters, urlFilters, update, setQuery, commitQuery, clearFilters };
}

/**
 * The same object for the same state, keyed by its URL form: when a typed query reaches the
 * URL, the filters stay the object they were, and nothing downstream recomputes.
 */
function useStableFilters(filters: NewsFilters): NewsFilters {
  const key = toNewsSearchParams(filters).toString();
  return useMemo(() => parseNewsFilters(new URLSearchParams(key)), [key]);
}
