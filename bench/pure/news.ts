import type { Dataset } from "../../src/data/model";
import { filterNewsNaive } from "../baselines/filter-news-naive";
import { DEFAULT_NEWS_FILTERS, type NewsFilters } from "../../src/domain/news/news-filters";
import { buildNewsIndex, type NewsIndex } from "../../src/domain/news/news-index";
import { queryNews } from "../../src/domain/news/query-news";
import type { Comparison } from "../compare";
import { formatCount } from "../format";

const NAIVE_NEWS = "filterNewsNaive: linear scan, lower-casing per call";

/** The news page's index, built once per dataset as the page does. */
export function newsIndexOf(dataset: Dataset): NewsIndex {
  return buildNewsIndex(dataset.corporateNews, dataset.registries);
}

/** A keystroke's query and a facet change, on the index and on the naive scan. */
export function newsComparisons(dataset: Dataset, index: NewsIndex): Comparison[] {
  const items = dataset.corporateNews;
  const n = formatCount(items.length);
  const compare = (metric: string, filters: NewsFilters, note: string, budget?: number) => ({
    metric,
    ours: () => queryNews(index, filters),
    baseline: { label: NAIVE_NEWS, run: () => filterNewsNaive(items, filters) },
    note: `${note}; ours also counts every facet, the baseline only filters`,
    ...(budget === undefined ? {} : { budget }),
  });
  const broad = { ...DEFAULT_NEWS_FILTERS, query: "joint venture" };
  const narrow = { ...DEFAULT_NEWS_FILTERS, query: "Synthetic Co. 0421" };
  const facets: NewsFilters = {
    ...DEFAULT_NEWS_FILTERS,
    countries: ["DE", "FR"],
    dealKinds: ["investment", "joint-venture"],
  };
  return [
    compare(`News search keystroke, ${n} items, a common phrase`, broad, `"${broad.query}"`, 16),
    compare(`News search keystroke, ${n} items, one company`, narrow, `"${narrow.query}"`, 16),
    compare(`News filter change, ${n} items: two countries, two deal kinds`, facets, "no text"),
  ];
}
