import { useEffect, useMemo } from "react";
import { useSettledValue } from "@/components/deferred/use-settled-value";
import type { Dataset } from "@/data/model";
import { toNewsFacetOptions } from "@/domain/news/news-facet-options";
import type { NewsFilters } from "@/domain/news/news-filters";
import { buildNewsIndex, withKnownFilterValues, type NewsIndex } from "@/domain/news/news-index";
import { queryNews } from "@/domain/news/query-news";
import { textIndexOf } from "@/domain/news/text-index";

// One index per loaded dataset, kept while the dataset lives: leaving the page and coming back
// does not rebuild it.
const indexes = new WeakMap<Dataset, NewsIndex>();

function indexOf(dataset: Dataset): NewsIndex {
  const cached = indexes.get(dataset);
  if (cached) return cached;
  const index = buildNewsIndex(dataset.corporateNews, dataset.registries);
  indexes.set(dataset, index);
  return index;
}

/** The news index of the dataset, built on first use. */
export function useNewsIndex(dataset: Dataset): NewsIndex {
  return useMemo(() => indexOf(dataset), [dataset]);
}

/** Builds the text index while the browser is idle, so the first keystroke finds it ready. */
function usePrebuiltTextIndex(index: NewsIndex): void {
  useEffect(() => {
    const build = () => void textIndexOf(index);
    if (typeof window.requestIdleCallback === "function") {
      const id = window.requestIdleCallback(build);
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(build, 200);
    return () => window.clearTimeout(id);
  }, [index]);
}

/** How long typing must rest before the chart and the facet counts follow it. */
const TYPING_REST_MS = 300;

/**
 * The news index of the dataset and the filtered items; besides, a `summary` of them that the
 * chart and the facets (with their options' counts) show. The list answers each keystroke at
 * once; redrawing the chart and thousands of facet counts per key cost three times the list,
 * so the summary follows once typing rests, and a task later after any other change.
 */
export function useNewsResults(dataset: Dataset, urlFilters: NewsFilters) {
  const index = useNewsIndex(dataset);
  usePrebuiltTextIndex(index);
  const filters = useMemo(() => withKnownFilterValues(urlFilters, index), [urlFilters, index]);
  const result = useMemo(() => queryNews(index, filters), [index, filters]);
  const current = useMemo(() => ({ filters, result }), [filters, result]);
  const summary = useSettledValue(current, (settled, next) =>
    settled.filters.query === next.filters.query ? 0 : TYPING_REST_MS,
  );
  const options = useMemo(
    () => toNewsFacetOptions(index, summary.result.counts),
    [index, summary.result.counts],
  );
  return { index, filters, result, summary, options };
}
