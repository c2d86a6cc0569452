import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DEAL_KINDS } from "@/core/deal-kinds";
import { ordinalToIso } from "@/core/calendar-date";
import {
  DEFAULT_NEWS_FILTERS,
  hasActiveNewsFilters,
  NEWS_CHART_DIMENSIONS,
  NEWS_COUNTRY_MODES,
  NEWS_SORT_KEYS,
  parseNewsFilters,
  toggleSoleCountry,
  toggleSoleValue,
  toNewsSearchParams,
  type NewsFilters,
} from "@/domain/news/news-filters";
import { day } from "../../../tests/factories/news";

const parse = (search: string) => parseNewsFilters(new URLSearchParams(search));

describe("parseNewsFilters", () => {
  it("gives the defaults for an empty URL", () => {
    expect(parse("")).toEqual(DEFAULT_NEWS_FILTERS);
  });

  it("reads every parameter", () => {
    expect(
      parse(
        "q=tesla&company=volkswagen,cariad&country=de&countryof=place&kind=order&sector=automotive" +
          "&crossborder=1&from=2023-04&to=2023-06-30&sort=country-asc&chart=deal-kind",
      ),
    ).toEqual({
      query: "tesla",
      companies: ["volkswagen", "cariad"],
      countries: ["DE"],
      countryOf: "place",
      dealKinds: ["order"],
      sectors: ["automotive"],
      crossBorder: true,
      from: day("2023-04"),
      to: day("2023-06-30"),
      sort: { key: "country", direction: "asc" },
      chart: "deal-kind",
    });
  });

  it.each([
    ["company=Not A Slug,tesla", { companies: ["tesla"] }],
    ["country=DEU,fr", { countries: ["FR"] }],
    ["kind=merger,order", { dealKinds: ["order"] }],
    ["sector=Not A Slug,automotive", { sectors: ["automotive"] }],
    ["crossborder=yes", { crossBorder: false }],
    ["from=2023-13-01&to=yesterday", { from: null, to: null }],
    ["sort=name-asc", { sort: DEFAULT_NEWS_FILTERS.sort }],
    ["sort=date-up", { sort: DEFAULT_NEWS_FILTERS.sort }],
    ["chart=pie", { chart: "country" }],
    ["countryof=headquarters", { countryOf: "company" }],
  ])("falls back on bad input %s", (search, expected) => {
    expect(parse(search)).toEqual({ ...DEFAULT_NEWS_FILTERS, ...expected });
  });
});

const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4})?$/);
const isoDay = fc.integer({ min: 0, max: 30_000 }).map((ordinal) => day(ordinalToIso(ordinal)));
const filtersArbitrary: fc.Arbitrary<NewsFilters> = fc.record({
  query: fc.string(),
  companies: fc.uniqueArray(slug, { maxLength: 3 }),
  countries: fc.uniqueArray(fc.stringMatching(/^[A-Z]{2}$/), { maxLength: 3 }),
  countryOf: fc.constantFrom(...NEWS_COUNTRY_MODES),
  dealKinds: fc.uniqueArray(fc.constantFrom(...DEAL_KINDS), { maxLength: 3 }),
  sectors: fc.uniqueArray(slug, { maxLength: 3 }),
  crossBorder: fc.boolean(),
  from: fc.option(isoDay, { nil: null }),
  to: fc.option(isoDay, { nil: null }),
  sort: fc.record({
    key: fc.constantFrom(...NEWS_SORT_KEYS),
    direction: fc.constantFrom("asc" as const, "desc" as const),
  }),
  chart: fc.constantFrom(...NEWS_CHART_DIMENSIONS),
});

describe("toNewsSearchParams", () => {
  it("is the exact inverse of parseNewsFilters", () => {
    fc.assert(
      fc.property(filtersArbitrary, (filters) => {
        expect(parseNewsFilters(toNewsSearchParams(filters))).toEqual(filters);
      }),
    );
  });

  it("writes nothing for the defaults", () => {
    expect(toNewsSearchParams(DEFAULT_NEWS_FILTERS).toString()).toBe("");
  });
});

describe("hasActiveNewsFilters", () => {
  it.each<[Partial<NewsFilters>, boolean]>([
    [{}, false],
    [{ query: "  " }, false],
    [{ sort: { key: "company", direction: "asc" } }, false],
    [{ chart: "company" }, false],
    [{ query: "x" }, true],
    [{ crossBorder: true }, true],
    [{ companies: ["huawei"] }, true],
    [{ countries: ["CN"] }, true],
    [{ countryOf: "place" }, false],
    [{ dealKinds: ["order"] }, true],
    [{ sectors: ["aviation"] }, true],
    [{ from: day("2023-04") }, true],
    [{ to: day("2023") }, true],
  ])("%j → %s", (change, active) => {
    expect(hasActiveNewsFilters({ ...DEFAULT_NEWS_FILTERS, ...change })).toBe(active);
  });
});

describe("toggleSoleValue", () => {
  it.each([
    [[], "order", ["order"]],
    [["order"], "order", []],
    [["factory"], "order", ["order"]],
    [["order", "factory"], "order", ["order"]],
    [["factory", "order"], "order", ["order"]],
  ])("%j, a click on %s → %j", (selected, value, expected) => {
    expect(toggleSoleValue(selected, value)).toEqual(expected);
  });
});

describe("toggleSoleCountry", () => {
  it("lifts the sole country of the reading in use", () => {
    const filters: Pick<NewsFilters, "countries" | "countryOf"> = {
      countries: ["CN"],
      countryOf: "place",
    };
    expect(toggleSoleCountry(filters, "CN", "place")).toEqual({
      countries: [],
      countryOf: "place",
    });
  });

  it("narrows to the country in the other reading instead of lifting it", () => {
    const filters: Pick<NewsFilters, "countries" | "countryOf"> = {
      countries: ["CN"],
      countryOf: "company",
    };
    expect(toggleSoleCountry(filters, "CN", "place")).toEqual({
      countries: ["CN"],
      countryOf: "place",
    });
  });

  it("narrows several countries to the one clicked", () => {
    const filters: Pick<NewsFilters, "countries" | "countryOf"> = {
      countries: ["DE", "CN"],
      countryOf: "company",
    };
    expect(toggleSoleCountry(filters, "CN", "company")).toEqual({
      countries: ["CN"],
      countryOf: "company",
    });
  });
});
