import { beforeAll, describe, expect, it } from "vitest";
import { aggregateNewsBy, selectBriefIdsOf } from "@/domain/news/aggregate-news";
import { DEFAULT_NEWS_FILTERS } from "@/domain/news/news-filters";
import { buildNewsIndex, type NewsIndex } from "@/domain/news/news-index";
import { queryNews } from "@/domain/news/query-news";
import { loadShippedDataset } from "../../../tests/disk-dataset";

let index: NewsIndex;
let all: Uint32Array;
beforeAll(async () => {
  const dataset = await loadShippedDataset();
  index = buildNewsIndex(dataset.corporateNews, dataset.registries);
  all = queryNews(index, DEFAULT_NEWS_FILTERS).positions;
});

describe("aggregateNewsBy", () => {
  it("counts items by home country, once per item, most first then by name", () => {
    expect(aggregateNewsBy(index, all, "country")).toEqual({
      rows: [
        { key: "CN", label: "China", count: 5 },
        { key: "FR", label: "France", count: 2 },
        { key: "DE", label: "Germany", count: 1 },
        { key: "SE", label: "Sweden", count: 1 },
        { key: "US", label: "United States", count: 1 },
      ],
      categories: 5,
      uncounted: 0,
    });
  });

  it("counts items by the country where they happen, leaving out items with no recorded place", () => {
    // Gränges' JV "in China", Airbus "in Tianjin", Tesla "in Shanghai"; the brief names no place
    // for the CSSC ships, the Cariad JV or Huawei's ERP.
    expect(aggregateNewsBy(index, all, "place")).toEqual({
      rows: [{ key: "CN", label: "China", count: 3 }],
      categories: 1,
      uncounted: 3,
    });
  });

  it("keeps the largest categories up to the limit", () => {
    const data = aggregateNewsBy(index, all, "company", 3);
    expect(data.categories).toBe(12);
    expect(data.rows.map((r) => r.label)).toEqual([
      "Airbus",
      "Aviation Industry Corporation of China",
      "Cariad",
    ]);
  });

  it("counts by deal kind over the filtered items only", () => {
    const germany = queryNews(index, { ...DEFAULT_NEWS_FILTERS, countries: ["DE"] }).positions;
    expect(aggregateNewsBy(index, germany, "deal-kind").rows).toEqual([
      { key: "joint-venture", label: "Joint venture", count: 1 },
    ]);
  });

  it("puts the largest count first even when its name sorts later", () => {
    expect(aggregateNewsBy(index, all, "deal-kind", 3)).toEqual({
      rows: [
        { key: "joint-venture", label: "Joint venture", count: 2 },
        { key: "agreement", label: "Agreement", count: 1 },
        { key: "factory", label: "Factory", count: 1 },
      ],
      categories: 5,
      uncounted: 0,
    });
  });

  it("is empty when nothing matches", () => {
    expect(aggregateNewsBy(index, new Uint32Array(0), "place")).toEqual({
      rows: [],
      categories: 0,
      uncounted: 0,
    });
  });
});

describe("selectBriefIdsOf", () => {
  it("names the briefs of the given items once each", () => {
    expect(selectBriefIdsOf(index, all)).toEqual(["2023-05-03-china-industries"]);
    expect(selectBriefIdsOf(index, new Uint32Array(0))).toEqual([]);
  });
});
