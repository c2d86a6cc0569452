import { describe, expect, it } from "vitest";
import { DEFAULT_NEWS_FILTERS } from "@/domain/news/news-filters";
import {
  buildCompany,
  buildCountry,
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
  // Built in each test, so that a mutation run sees which tests cover the building.
  const build = () => buildNewsIndex(news, registries);

  it("orders items newest first", () => {
    expect(build().items.map((item) => item.id)).toEqual(["new", "old"]);
  });

  it("orders items of one day by id", () => {
    const sameDay = ["b", "c", "a"].map((id) => buildNews({ id }));
    expect(buildNewsIndex(sameDay, registries).items.map((item) => item.id)).toEqual([
      "a",
      "b",
      "c",
    ]);
  });

  it("numbers the registry first, then companies and countries it lacks", () => {
    const index = build();
    expect(index.companies.map((c) => c.id)).toEqual(["cssc", "huawei", "cma-cgm", "vw"]);
    expect(index.countries.map((c) => c.code)).toEqual(["CN", "FR", "DE"]);
    expect(index.companyNumber.get("vw")).toBe(3);
    expect(index.countryNumber.get("DE")).toBe(2);
  });

  it("numbers the countries where items happen and links each item to its place", () => {
    const japan = buildCountry("JP", "Japan");
    const index = buildNewsIndex(
      [
        buildNews({
          id: "a",
          companies: [cssc],
          location: { country: japan, city: null, words: null },
        }),
        buildNews({ id: "b", companies: [cma] }),
        buildNews({ id: "c", location: { country: FRANCE, city: null, words: null } }),
      ],
      registries,
    );
    expect(index.countries.map((c) => c.code)).toEqual(["CN", "FR", "JP"]);
    expect([...index.itemPlaces.start]).toEqual([0, 1, 1, 2]);
    expect([...index.itemPlaces.values]).toEqual([2, 1]);
  });

  it("numbers sectors and links each item to its distinct sectors", () => {
    const ships = { id: "shipbuilding", nameEn: "Shipbuilding", nameZh: "造船" };
    const ports = { id: "ports", nameEn: "Ports", nameZh: "港口" };
    const index = buildNewsIndex(
      [
        buildNews({ id: "a", sectors: [ports, ships, ports] }),
        buildNews({ id: "b" }),
        buildNews({ id: "c", sectors: [ships] }),
      ],
      { ...registries, sectors: [ships] },
    );
    expect(index.sectors.map((s) => s.id)).toEqual(["shipbuilding", "ports"]);
    expect([...index.itemSectors.start]).toEqual([0, 2, 2, 3]);
    expect([...index.itemSectors.values]).toEqual([1, 0, 0]);
  });

  it("links each item to its distinct companies, countries, brief and flags", () => {
    const index = build();
    expect([...index.itemCompanies.start]).toEqual([0, 1, 3]);
    expect([...index.itemCompanies.values]).toEqual([3, 0, 2]);
    expect([...index.itemCountries.values]).toEqual([2, 0, 1]);
    expect([...index.itemCrossBorder]).toEqual([0, 1]);
    expect(index.briefIds).toEqual(["b2", "b1"]);
    expect([...index.itemBrief]).toEqual([0, 1]);
  });

  it("indexes text by token prefix, with company names", () => {
    const index = build();
    const text = textIndexOf(index);
    expect(textIndexOf(index)).toBe(text);
    expect([...matchTextTerms(text, ["volks"], 2)]).toEqual([0]);
    expect([...matchTextTerms(text, ["cma", "news"], 2)]).toEqual([1]);
    expect([...matchTextTerms(text, ["zzz"], 2)]).toEqual([]);
  });

  it("answers a search that narrows the last one as it would from scratch", () => {
    const text = textIndexOf(build());
    const typed = [["c"], ["cm"], ["cma"], ["cma", "c"], ["cma", "cs"], ["c"], ["v"], ["vo"], []];
    const fresh = (terms: string[]) => [
      ...matchTextTerms(textIndexOf(buildNewsIndex(news, registries)), terms, 2),
    ];
    expect(typed.map((terms) => [...matchTextTerms(text, terms, 2)])).toEqual(typed.map(fresh));
    expect(typed.map(fresh)).toEqual([[1], [1], [1], [1], [1], [1], [0], [0], [0, 1]]);
  });
});

describe("withKnownFilterValues", () => {
  const aviation = { id: "aviation", nameEn: "Aviation", nameZh: "航空" };
  const build = () => buildNewsIndex([], { ...registries, sectors: [aviation] });

  it("drops ids the index does not know", () => {
    const filters = {
      ...DEFAULT_NEWS_FILTERS,
      companies: ["cssc", "gone"],
      countries: ["JP", "FR"],
      sectors: ["aviation", "gone"],
    };
    expect(withKnownFilterValues(filters, build())).toEqual({
      ...filters,
      companies: ["cssc"],
      countries: ["FR"],
      sectors: ["aviation"],
    });
  });

  it.each([
    ["company", { companies: ["gone"] }],
    ["country", { countries: ["JP"] }],
    ["sector", { sectors: ["gone"] }],
  ])("drops an unknown %s alone", (_, change) => {
    const filters = { ...DEFAULT_NEWS_FILTERS, ...change };
    expect(withKnownFilterValues(filters, build())).toEqual({
      ...DEFAULT_NEWS_FILTERS,
      companies: [],
      countries: [],
      sectors: [],
    });
  });

  it("returns the same filters when every id is known", () => {
    const filters = {
      ...DEFAULT_NEWS_FILTERS,
      companies: ["huawei"],
      countries: ["CN"],
      sectors: ["aviation"],
    };
    expect(withKnownFilterValues(filters, build())).toBe(filters);
  });
});
