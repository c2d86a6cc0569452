import { useEffect, useMemo } from "react";
import { useSettledValue } from "@/components/deferred/use-settled-value";
import type { Dataset } from "@/data/model";
import { toNewsFacetOptions } from "@/domain/news/news-facet-options";
import type { NewsFilters } from "@/domain/news/news-filters";
import { selectNewsIndex } from "@/domain/derived/dataset-derived";
import { withKnownFilterValues, type NewsIndex } from "@/domain/news/news-index";
import { filterNewsPositions, queryNews } from "@/domain/news/query-news";
import { textIndexOf } from "@/domain/news/text-index";

/**
 * Builds the text index (tokenizing every item: the costliest part of indexing) in the task
 * after the list's first frame: the list does not wait for it, and it is ready before anyone
 * types. Waiting for idle time instead could start it among the first keystrokes.
 */
export function usePrebuiltTextIndex(index: NewsIndex, isListShown: boolean): void {
  useEffect(() => {
    if (!isListShown) return;
    let timer = 0;
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => void textIndexOf(index), 0);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [index, isListShown]);
}

/**
 * The news index of the dataset and the items matching `filters`, which follow each keystroke;
 * besides, a `summary` of the items matching `urlFilters`, which the chart and the facets (with
 * their options' counts) show. Those follow the URL, which typing reaches once it rests: redrawing
 * the chart and counting thousands of facet values per key cost more than the list. They follow
 * a task after the list, so a filter change shows in the list first.
 */
export function useNewsResults(dataset: Dataset, filters: NewsFilters, urlFilters: NewsFilters) {
  const index = selectNewsIndex(dataset);
  const shown = useMemo(() => withKnownFilterValues(filters, index), [filters, index]);
  const result = useMemo(() => filterNewsPositions(index, shown), [index, shown]);
  const settled = useSettledValue(urlFilters, () => 0);
  const summary = useMemo(() => {
    const summaryFilters = withKnownFilterValues(settled, index);
    return { filters: summaryFilters, result: queryNews(index, summaryFilters) };
  }, [index, settled]);
  const options = useMemo(
    () => toNewsFacetOptions(index, summary.result.counts, summary.filters.countryOf),
    [index, summary.result.counts, summary.filters.countryOf],
  );
  return { index, filters: shown, result, summary, options };
}
