import type { Dataset } from "../../src/data/model";
import type { SearchIndex } from "../../src/domain/search/build-search-index";
import { searchIndex } from "../../src/domain/search/search-index";
import { searchNaive } from "../baselines/search-naive";
import type { Comparison } from "../compare";
import { timeTasks } from "../timing";

/** Queries an analyst types: acronyms, names in English and Chinese, phrases, a typo. */
export const SEARCH_QUERIES = [
  "SM07",
  "Synthetic Ministry 07",
  "合成部07",
  "joint venture",
  "semiconductors 2025",
  "Synthetic Co. 0421",
  "synthtic notice",
] as const;
const BUDGET_MS = 10;

/**
 * The search page's query over every record kind. Each query is timed; the slowest one is
 * compared with the naive scan (the scan is slow, so it runs for that query only).
 */
export async function searchComparisons(
  dataset: Dataset,
  index: SearchIndex,
  iterations: number,
): Promise<Comparison[]> {
  const tasks = Object.fromEntries(SEARCH_QUERIES.map((q) => [q, () => searchIndex(index, q)]));
  const timings = await timeTasks(tasks, iterations);
  const medians = SEARCH_QUERIES.map((q) => ({ q, median: timings.get(q)?.median ?? 0 }));
  const slowest = medians.reduce((a, b) => (b.median > a.median ? b : a));
  const all = medians.map(({ q, median }) => `"${q}" ${median.toFixed(2)} ms`).join(", ");
  return [
    {
      metric: `Search query over ${index.records.length.toLocaleString("en-US")} records, slowest of ${SEARCH_QUERIES.length} queries`,
      ours: () => searchIndex(index, slowest.q),
      baseline: {
        label: "substring scan, no ranking (does less)",
        run: () => searchNaive(dataset, slowest.q),
      },
      budget: BUDGET_MS,
      note: `"${slowest.q}"; per query: ${all}`,
    },
  ];
}
