import { useCallback, useSyncExternalStore } from "react";
import type { Dataset } from "@/data/model";
import { selectSearchIndexBuild, type SearchIndexState } from "@/domain/derived/search-index-build";

const IDLE: SearchIndexState = { status: "idle" };
const noSubscription = () => () => {};

/**
 * The search index of `dataset` and a `prepare` function that starts building it; nothing is
 * built until someone is about to search, so the first page loads without the cost.
 */
export function useSearchIndex(dataset: Dataset | undefined) {
  const build = dataset ? selectSearchIndexBuild(dataset) : null;
  const state = useSyncExternalStore(
    build?.subscribe ?? noSubscription,
    build?.getState ?? (() => IDLE),
  );
  const prepare = useCallback(() => build?.start(), [build]);
  return { state, prepare };
}
