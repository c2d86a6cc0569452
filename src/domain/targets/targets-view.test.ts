import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  DEFAULT_TARGETS_VIEW,
  isSameFocus,
  parseTargetsView,
  toTargetsSearchParams,
  type TargetsView,
} from "@/domain/targets/targets-view";
import { parseTargetYearKey } from "@/domain/targets/target-year";

const parse = (query: string) => parseTargetsView(new URLSearchParams(query));

describe("parseTargetsView", () => {
  it("reads an empty address as the default view", () => {
    expect(parse("")).toEqual(DEFAULT_TARGETS_VIEW);
  });

  it("reads every part of the view", () => {
    expect(
      parse(
        "issuer=miit,ndrc&sector=energy&year=2025,none&quantitative=1&breakdown=issuer" +
          "&unit=training+bases&focus=sector:energy,year:2025,issuer:mot,issuer:pboc,kind:quantitative,target:t-1",
      ),
    ).toEqual({
      filters: {
        issuers: ["miit", "ndrc"],
        sectors: ["energy"],
        years: ["2025", "none"],
        quantitativeOnly: true,
      },
      breakdown: "issuer",
      unit: "training bases",
      focus: {
        sector: "energy",
        year: "2025",
        issuers: ["mot", "pboc"],
        kind: "quantitative",
        target: "t-1",
      },
    });
  });

  it.each([
    ["year=soon,25,02025,2025", { years: ["2025"] }],
    ["quantitative=yes", { quantitativeOnly: false }],
    ["breakdown=company", { breakdown: "year" }],
    ["unit=%20%20", { unit: null }],
    ["focus=colour:red,year:later,kind:some,sector:Not%20A%20Slug", { focus: {} }],
  ])("falls back to defaults for bad values: %s", (query, expected) => {
    const view = parse(query);
    const actual = { ...view.filters, ...view };
    expect(actual).toMatchObject(expected);
  });
});

const slug = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const yearKey = fc.oneof(
  fc.constant("none" as const),
  fc.integer({ min: 1900, max: 2200 }).map((year) => `${year}` as const),
);
const viewArbitrary: fc.Arbitrary<TargetsView> = fc.record({
  filters: fc.record({
    issuers: fc.uniqueArray(slug, { maxLength: 3 }),
    sectors: fc.uniqueArray(slug, { maxLength: 3 }),
    years: fc.uniqueArray(yearKey, { maxLength: 3 }),
    quantitativeOnly: fc.boolean(),
  }),
  breakdown: fc.constantFrom("year" as const, "issuer" as const),
  unit: fc.option(fc.constantFrom("percent", "training bases", "cities"), { nil: null }),
  focus: fc.record(
    {
      sector: slug,
      year: yearKey,
      issuers: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }),
      kind: fc.constantFrom("quantitative" as const, "qualitative" as const),
      target: slug,
    },
    { requiredKeys: [] },
  ),
});

describe("toTargetsSearchParams", () => {
  it("is the exact inverse of parseTargetsView", () => {
    fc.assert(
      fc.property(viewArbitrary, (view) => {
        expect(parseTargetsView(toTargetsSearchParams(view))).toEqual(view);
      }),
    );
  });

  it("keeps the default view out of the address and shares the issuer parameter", () => {
    expect(toTargetsSearchParams(DEFAULT_TARGETS_VIEW).toString()).toBe("");
    const view = {
      ...DEFAULT_TARGETS_VIEW,
      filters: { ...DEFAULT_TARGETS_VIEW.filters, issuers: ["miit", "ndrc"] },
    };
    expect(toTargetsSearchParams(view).toString()).toBe("issuer=miit%2Cndrc");
  });
});

describe("focus and year keys", () => {
  it("compares selections by their parts", () => {
    expect(
      isSameFocus({ sector: "energy", year: "2025" }, { year: "2025", sector: "energy" }),
    ).toBe(true);
    expect(isSameFocus({ sector: "energy" }, { sector: "energy", year: "2025" })).toBe(false);
    expect(isSameFocus({}, {})).toBe(true);
  });

  it.each([
    ["2025", "2025"],
    ["none", "none"],
    ["0999", null],
    ["3000", null],
    ["2025.5", null],
  ])("reads the year key %s as %s", (text, expected) => {
    expect(parseTargetYearKey(text)).toBe(expected);
  });
});
