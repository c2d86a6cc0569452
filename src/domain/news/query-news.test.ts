import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "@/data/model";
import { DEAL_KINDS } from "@/core/deal-kinds";
import { DEFAULT_NEWS_FILTERS, type NewsFilters } from "@/domain/news/news-filters";
import { day } from "../../../tests/factories/news";
import { buildNewsIndex, type NewsIndex } from "@/domain/news/news-index";
import { filterNews, queryNews } from "@/domain/news/query-news";
import { loadShippedDataset } from "../../../tests/disk-dataset";

let dataset: Dataset;
let index: NewsIndex;
beforeAll(async () => {
  dataset = await loadShippedDataset();
  index = buildNewsIndex(dataset.corporateNews, dataset.registries);
});

const ids = (change: Partial<NewsFilters>) =>
  filterNews(index, { ...DEFAULT_NEWS_FILTERS, ...change }).map((item) => item.id);
const count = (counts: Uint32Array, numbers: ReadonlyMap<string, number>, key: string) =>
  counts[numbers.get(key) ?? -1];

const GRANGES = "2023-04-06-granges-innovation-new-material-jv";
const AIRBUS = "2023-04-06-airbus-tianjin-second-a320-line";
const CSSC = "2023-04-08-cssc-cma-cgm-container-ships";
const TESLA = "2023-04-09-tesla-shanghai-megapack-factory";
const CARIAD = "2023-04-13-cariad-thundersoft-jv";
const HUAWEI = "2023-04-20-huawei-in-house-erp";

describe("queryNews on the shipped brief", () => {
  it("lists every item newest first without filters", () => {
    expect(ids({})).toEqual([HUAWEI, CARIAD, TESLA, CSSC, AIRBUS, GRANGES]);
  });

  it.each<[string, Partial<NewsFilters>, string[]]>([
    ["a company", { companies: ["huawei"] }, [HUAWEI]],
    ["any of several companies", { companies: ["tesla", "avic"] }, [TESLA, AIRBUS]],
    ["a company named beside others", { companies: ["cma-cgm"] }, [CSSC]],
    ["a home country", { countries: ["DE"] }, [CARIAD]],
    ["any of several countries", { countries: ["FR", "SE"] }, [CSSC, AIRBUS, GRANGES]],
    ["cross-border items", { crossBorder: true }, [CARIAD, CSSC, AIRBUS, GRANGES]],
    ["a deal kind", { dealKinds: ["joint-venture"] }, [CARIAD, GRANGES]],
    ["a sector", { sectors: ["aviation"] }, [AIRBUS]],
    ["a date range", { from: day("2023-04-08"), to: day("2023-04-13") }, [CARIAD, TESLA, CSSC]],
    ["a month as the end", { to: day("2023-04") }, [HUAWEI, CARIAD, TESLA, CSSC, AIRBUS, GRANGES]],
    ["words of the text", { query: "container ships" }, [CSSC]],
    ["a word prefix", { query: "megap" }, [TESLA]],
    ["a company alias", { query: "VW" }, [CARIAD]],
    ["an alias in capitals", { query: "avic" }, [AIRBUS]],
    ["a Chinese name", { query: "华为" }, [HUAWEI]],
    ["a name without its diacritics", { query: "granges" }, [GRANGES]],
    [
      "all filters together",
      { countries: ["CN"], crossBorder: true, dealKinds: ["order"] },
      [CSSC],
    ],
    ["a country and a company", { countries: ["DE"], companies: ["thundersoft"] }, [CARIAD]],
    [
      "a country where items happen",
      { countries: ["CN"], countryOf: "place" },
      [TESLA, AIRBUS, GRANGES],
    ],
    ["a home country that is no place", { countries: ["US"] }, [TESLA]],
  ])("finds %s", (_, change, expected) => {
    expect(ids(change)).toEqual(expected);
  });

  it.each<[string, Partial<NewsFilters>]>([
    ["a country with no news", { countries: ["JP"] }],
    ["an unknown company", { companies: ["nobody"] }],
    ["a word in no item", { query: "zeppelin" }],
    ["a word inside another", { query: "sla" }],
    ["contradicting filters", { companies: ["huawei"], countries: ["DE"] }],
    ["a range after every item", { from: day("2024") }],
    // Tesla's company is American, its factory in Shanghai.
    ["a place no item happens in", { countries: ["US"], countryOf: "place" }],
  ])("finds nothing for %s", (_, change) => {
    expect(ids(change)).toEqual([]);
  });

  it("counts each facet under the other filters only", () => {
    const { counts, positions } = queryNews(index, {
      ...DEFAULT_NEWS_FILTERS,
      countries: ["DE"],
      dealKinds: ["joint-venture"],
    });
    expect(positions).toHaveLength(1);
    // Countries count under the deal kind alone: the two joint ventures' countries.
    expect(count(counts.country, index.countryNumber, "DE")).toBe(1);
    expect(count(counts.country, index.countryNumber, "SE")).toBe(1);
    expect(count(counts.country, index.countryNumber, "CN")).toBe(2);
    expect(count(counts.country, index.countryNumber, "US")).toBe(0);
    // Deal kinds count under the country alone.
    expect(counts.dealKind[DEAL_KINDS.indexOf("joint-venture")]).toBe(1);
    expect(counts.dealKind[DEAL_KINDS.indexOf("factory")]).toBe(0);
    // Companies count under both.
    expect(count(counts.company, index.companyNumber, "thundersoft")).toBe(1);
    expect(count(counts.company, index.companyNumber, "granges")).toBe(0);
    expect(counts.crossBorder).toBe(1);
  });

  it("counts cross-border items under the other filters", () => {
    const off = queryNews(index, DEFAULT_NEWS_FILTERS).counts.crossBorder;
    const on = queryNews(index, { ...DEFAULT_NEWS_FILTERS, crossBorder: true }).counts.crossBorder;
    expect([off, on]).toEqual([4, 4]);
  });

  it("counts an item failing only the deal kind for its own deal kind", () => {
    const { counts, positions } = queryNews(index, {
      ...DEFAULT_NEWS_FILTERS,
      dealKinds: ["order"],
    });
    expect(positions).toHaveLength(1);
    const kinds = ["order", "joint-venture", "factory", "agreement", "other"] as const;
    expect(kinds.map((kind) => counts.dealKind[DEAL_KINDS.indexOf(kind)])).toEqual([1, 2, 1, 1, 1]);
  });

  it("counts an item failing only the sector for its own sectors", () => {
    const { counts } = queryNews(index, { ...DEFAULT_NEWS_FILTERS, sectors: ["aviation"] });
    expect(count(counts.sector, index.sectorNumber, "aviation")).toBe(1);
    expect(count(counts.sector, index.sectorNumber, "shipbuilding")).toBe(1);
    expect(count(counts.sector, index.sectorNumber, "metals-materials")).toBe(1);
    expect(count(counts.sector, index.sectorNumber, "semiconductors")).toBe(0);
  });

  it("counts countries and sectors under the company filter", () => {
    const { counts } = queryNews(index, { ...DEFAULT_NEWS_FILTERS, companies: ["huawei"] });
    // Huawei's ERP alone: a Chinese company, no recorded place, enterprise software.
    expect(count(counts.country, index.countryNumber, "CN")).toBe(1);
    expect(count(counts.country, index.countryNumber, "FR")).toBe(0);
    expect(count(counts.place, index.countryNumber, "CN")).toBe(0);
    expect(count(counts.sector, index.sectorNumber, "enterprise-software")).toBe(1);
    expect(count(counts.sector, index.sectorNumber, "aviation")).toBe(0);
    // Companies count under no other filter: every item names its own.
    expect(count(counts.company, index.companyNumber, "tesla")).toBe(1);
  });

  it("counts where items happen under the other filters", () => {
    const { counts } = queryNews(index, { ...DEFAULT_NEWS_FILTERS, dealKinds: ["joint-venture"] });
    // Gränges' JV happens in China; the Cariad JV has no recorded place.
    expect(count(counts.place, index.countryNumber, "CN")).toBe(1);
  });

  it("returns the search terms for highlighting", () => {
    expect(queryNews(index, { ...DEFAULT_NEWS_FILTERS, query: "Tesla Mega" }).terms).toEqual([
      "tesla",
      "mega",
    ]);
  });

  it.each<[NewsFilters["sort"], string[]]>([
    [{ key: "date", direction: "asc" }, [AIRBUS, GRANGES, CSSC, TESLA, CARIAD, HUAWEI]],
    [{ key: "company", direction: "asc" }, [AIRBUS, CSSC, GRANGES, HUAWEI, TESLA, CARIAD]],
    [{ key: "company", direction: "desc" }, [CARIAD, TESLA, HUAWEI, GRANGES, CSSC, AIRBUS]],
    [{ key: "country", direction: "asc" }, [HUAWEI, CSSC, AIRBUS, CARIAD, GRANGES, TESLA]],
  ])("sorts by %j", (sort, expected) => {
    expect(ids({ sort })).toEqual(expected);
  });

  it.each<[NewsFilters["sort"], string[]]>([
    [{ key: "company", direction: "asc" }, [AIRBUS, CSSC, GRANGES, CARIAD]],
    [{ key: "date", direction: "asc" }, [AIRBUS, GRANGES, CSSC, CARIAD]],
    [{ key: "date", direction: "desc" }, [CARIAD, CSSC, AIRBUS, GRANGES]],
  ])("searches the text in the order %j", (sort, expected) => {
    // "China" is in four items' text or company names, not in Huawei's or Tesla's.
    expect(ids({ query: "china", sort })).toEqual(expected);
  });
});
