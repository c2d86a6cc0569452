import { buildSearchIndex } from "../../src/domain/search/build-search-index";
import { measureComparisons, measureOnce } from "../compare";
import { newsComparisons, newsIndexOf } from "../pure/news";
import { busiestIssuer, policyComparisons } from "../pure/policies";
import { searchComparisons } from "../pure/search";
import { targetComparisons } from "../pure/targets";
import type { BenchRow, BenchSection, ScaleSize } from "../types";

/**
 * The app's pure logic in Node, each beside a naive baseline timed in the same run: policy
 * filtering with facet counts and the timeline's layout (1k / 10k policies), news search and
 * filters (10k / 100k items), target aggregation and the search index (large dataset).
 */
export const pureLogicSection: BenchSection = {
  id: "pure-logic",
  title: "Pure logic (Node)",
  async run(context) {
    const rows: BenchRow[] = [];
    for (const size of ["small", "large"] satisfies ScaleSize[]) {
      const dataset = await context.scaleDataset(size);
      const iterations = context.quick ? 2 : size === "large" ? 8 : 20;
      context.log(`pure logic on the ${size} dataset`);
      const newsIndex = newsIndexOf(dataset);
      rows.push(
        await measureOnce(
          `Build the news index, ${dataset.corporateNews.length.toLocaleString("en-US")} items`,
          () => newsIndexOf(dataset),
          Math.min(iterations, 5),
          "once per dataset, when the News page first opens",
        ),
        ...(await measureComparisons(
          [...policyComparisons(dataset), ...newsComparisons(dataset, newsIndex)],
          iterations,
        )),
      );
      if (size === "small") continue;
      const searchIndex = buildSearchIndex(dataset);
      rows.push(
        await measureOnce(
          `Build the search index, ${searchIndex.records.length.toLocaleString("en-US")} records`,
          () => buildSearchIndex(dataset),
          context.quick ? 1 : 3,
          "once per dataset, when the search page first opens",
        ),
        ...(await measureComparisons(
          [
            ...targetComparisons(dataset, busiestIssuer(dataset)),
            ...(await searchComparisons(dataset, searchIndex, iterations)),
          ],
          context.quick ? 2 : 4,
        )),
      );
    }
    return rows;
  },
};
