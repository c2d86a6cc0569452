import { beforeAll, describe, expect, it } from "vitest";
import { matchFacetOptions } from "@/domain/facets/match-facet-options";
import { DEFAULT_NEWS_FILTERS } from "@/domain/news/news-filters";
import { buildNewsIndex, type NewsIndex } from "@/domain/news/news-index";
import { toNewsFacetOptions, type NewsFacetOptions } from "@/domain/news/news-facet-options";
import { queryNews } from "@/domain/news/query-news";
import { loadShippedDataset } from "../../../tests/disk-dataset";

let index: NewsIndex;
let options: NewsFacetOptions;
beforeAll(async () => {
  const dataset = await loadShippedDataset();
  index = buildNewsIndex(dataset.corporateNews, dataset.registries);
  options = toNewsFacetOptions(index, queryNews(index, DEFAULT_NEWS_FILTERS).counts, "company");
});

const none = new Set<string>();

describe("toNewsFacetOptions", () => {
  it.each([
    ["VW", "volkswagen"],
    ["AVIC", "avic"],
    ["aviation industry", "avic"],
    ["华为", "huawei"],
    ["CSSC", "cssc"],
    ["granges", "granges"],
  ])("finds the company for %s by name or alias", (query, id) => {
    expect(matchFacetOptions(options.companies, query, none)[0]?.value).toBe(id);
  });

  it.each([
    ["Germany", "DE"],
    ["de", "DE"],
    ["德国", "DE"],
    ["German", "DE"],
    ["Swedish", "SE"],
  ])("finds the country for %s by name, code or demonym", (query, code) => {
    expect(matchFacetOptions(options.countries, query, none)[0]?.value).toBe(code);
  });

  it("carries the counts and says where each company is from", () => {
    const volkswagen = options.companies.find((o) => o.value === "volkswagen");
    expect(volkswagen).toMatchObject({
      label: "Volkswagen",
      description: "Germany (DE)",
      count: 1,
    });
    expect(options.countries.find((o) => o.value === "CN")?.count).toBe(5);
    expect(options.countries.find((o) => o.value === "JP")?.count).toBe(0);
    expect(options.dealKinds.find((o) => o.value === "joint-venture")).toMatchObject({
      label: "Joint venture",
      count: 2,
    });
    expect(options.sectors.find((o) => o.value === "aviation")?.count).toBe(1);
  });

  it("counts a country both as the companies' home and as where the news happens", () => {
    const counts = queryNews(index, DEFAULT_NEWS_FILTERS).counts;
    const china = (countryOf: "company" | "place") =>
      toNewsFacetOptions(index, counts, countryOf).countries.find((o) => o.value === "CN");
    // Five items name a Chinese company; three happen in China (Gränges' JV, Airbus in
    // Tianjin, Tesla in Shanghai), where the brief or its annotations say so.
    expect(china("company")).toMatchObject({
      count: 5,
      description: "Company from 5 · happening in 3",
    });
    expect(china("place")).toMatchObject({ count: 3 });
    const us = toNewsFacetOptions(index, counts, "place").countries.find((o) => o.value === "US");
    expect(us).toMatchObject({ count: 0, description: "Company from 1 · happening in 0" });
  });

  it("marks as occurring only the values some news item has", () => {
    // Built under no filters, so a value occurs exactly when it counts an item.
    for (const list of [options.companies, options.countries, options.dealKinds, options.sectors]) {
      expect(list.every((o) => o.occurs === o.count > 0)).toBe(true);
    }
    expect(options.countries.find((o) => o.value === "JP")?.occurs).toBe(false);
    expect(options.companies.filter((o) => o.occurs)).toHaveLength(12);
  });
});
