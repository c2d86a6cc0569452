import { describe, expect, it } from "vitest";
import { DEFAULT_NEWS_FILTERS } from "@/domain/news/news-filters";
import {
  buildCompany,
  buildNews,
  CHINA_COUNTRY,
  day,
  FRANCE,
  GERMANY,
} from "../../../tests/factories/news";
import { buildNewsIndex, isCrossBorder, withKnownFilterValues } from "@/domain/news/news-index";
import { matchTextTerms, textIndexOf } from "@/domain/news/text-index";

const cssc = buildCompany({ id: "cssc", name: "CSSC", country: CHINA_COUNTRY });
const huawei = buildCompany({
  id: "huawei",
  name: "Huawei",
  nameZh: "华为",
  country: CHINA_COUNTRY,
});
const cma = buildCompany({ id: "cma-cgm", name: "CMA CGM", country: FRANCE });
const vw = buildCompany({ id: "vw", name: "Volkswagen", country: GERMANY });
const registries = {
  companies: [cssc, huawei, cma],
  countries: [CHINA_COUNTRY, FRANCE],
  sectors: [],
};

describe("isCrossBorder", () => {
  it.each([
    [[cssc, cma], true],
    [[cssc, huawei], false],
    [[cma, vw], false],
    [[cma], false],
    [[], false],
  ])("%#: is %s", (companies, expected) => {
    expect(isCrossBorder({ companies })).toBe(expected);
  });
});

describe("buildNewsIndex", () => {
  const news = [
    buildNews({ id: "old", date: day("2023-01-02"), companies: [cssc, cma], briefId: "b1" }),
    buildNews({ id: "new", date: day("2023-03-02"), companies: [vw, vw], briefId: "b2" }),
  ];
  const index = buildNewsIndex(news, registries);

  it("orders items newest first", () => {
    expect(index.items.map((item) => item.id)).toEqual(["new", "old"]);
  });

  it("numbers the registry first, then companies and countries it lacks", () => {
    expect(index.companies.map((c) => c.id)).toEqual(["cssc", "huawei", "cma-cgm", "vw"]);
    expect(index.countries.map((c) => c.code)).toEqual(["CN", "FR", "DE"]);
  });

  it("links each item to its distinct companies, countries, brief and flags", () => {
    expect([...index.itemCompanies.start]).toEqual([0, 1, 3]);
    expect([...index.itemCompanies.values]).toEqual([3, 0, 2]);
    expect([...index.itemCountries.values]).toEqual([2, 0, 1]);
    expect([...index.itemCrossBorder]).toEqual([0, 1]);
    expect(index.briefIds).toEqual(["b2", "b1"]);
    expect([...index.itemBrief]).toEqual([0, 1]);
  });

  it("indexes text by token prefix, with company names", () => {
    const text = textIndexOf(index);
    expect(textIndexOf(index)).toBe(text);
    expect([...matchTextTerms(text, ["volks"], 2)]).toEqual([0]);
    expect([...matchTextTerms(text, ["cma", "news"], 2)]).toEqual([1]);
    expect([...matchTextTerms(text, ["zzz"], 2)]).toEqual([]);
  });

  it("answers a search that narrows the last one as it would from scratch", () => {
    const text = textIndexOf(index);
    const typed = [["c"], ["cm"], ["cma"], ["cma", "c"], ["cma", "cs"], ["c"], ["v"], ["vo"], []];
    const fresh = (terms: string[]) => [
      ...matchTextTerms(textIndexOf(buildNewsIndex(news, registries)), terms, 2),
    ];
    expect(typed.map((terms) => [...matchTextTerms(text, terms, 2)])).toEqual(typed.map(fresh));
    expect(typed.map(fresh)).toEqual([[1], [1], [1], [1], [1], [1], [0], [0], [0, 1]]);
  });
});

describe("withKnownFilterValues", () => {
  const index = buildNewsIndex([], registries);

  it("drops ids the index does not know", () => {
    const filters = {
      ...DEFAULT_NEWS_FILTERS,
      companies: ["cssc", "gone"],
      countries: ["JP", "FR"],
    };
    expect(withKnownFilterValues(filters, index)).toEqual({
      ...filters,
      companies: ["cssc"],
      countries: ["FR"],
    });
  });

  it("returns the same filters when every id is known", () => {
    const filters = { ...DEFAULT_NEWS_FILTERS, companies: ["huawei"] };
    expect(withKnownFilterValues(filters, index)).toBe(filters);
  });
});
