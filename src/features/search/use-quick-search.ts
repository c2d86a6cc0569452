import { useCallback, useDeferredValue, useMemo } from "react";
import { paths } from "@/config/paths";
import type { Dataset } from "@/data/model";
import { SEARCH_PARAMS } from "@/domain/search/search-params";
import { useInteractionMeasure } from "@/lib/perf";
import { lazyModule, useLazyModule } from "@/features/search/lazy-module";
import type { QuickSearchResult } from "@/features/search/quick-search-engine";
import type { SearchIndexState } from "@/domain/derived/search-index-build";
import { useSearchIndex } from "@/features/search/use-search-index";
import { countText } from "@/lib/count-text";

/** What the list says above its options, and to screen readers. */
function describeStatus(
  state: SearchIndexState,
  isLoaded: boolean,
  result: QuickSearchResult | null,
  query: string,
): string {
  if (state.status === "building")
    return `Preparing search… ${Math.round((100 * state.done) / state.total)}%`;
  if (state.status !== "ready" || !isLoaded || !result) return "Preparing search…";
  if (result.total === 0) return `Nothing found for “${query.trim()}”`;
  return countText(result.total, "result");
}

const engine = lazyModule(() => import("@/features/search/quick-search-engine"));

/**
 * The header search: loads the search code and builds the index on demand, then searches as
 * the query changes (deferred, so typing never waits for results).
 */
export function useQuickSearch(dataset: Dataset | undefined, query: string) {
  const { state, prepare: prepareIndex } = useSearchIndex(dataset);
  const loaded = useLazyModule(engine);
  const deferredQuery = useDeferredValue(query);
  const index = state.status === "ready" ? state.index : null;
  const result = useMemo(
    () =>
      loaded && index && deferredQuery.trim() ? loaded.runQuickSearch(index, deferredQuery) : null,
    [loaded, index, deferredQuery],
  );
  useInteractionMeasure("search:query", [result]);
  const prepare = useCallback(() => {
    engine.load();
    prepareIndex();
  }, [prepareIndex]);
  return {
    prepare,
    result,
    status: describeStatus(state, loaded !== null, result, query),
    isStale: deferredQuery !== query,
    allResultsHref: paths.search.href({ [SEARCH_PARAMS.query]: query }),
  };
}
