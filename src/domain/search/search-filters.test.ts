import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SEARCH_KINDS } from "@/domain/search/search-documents";
import {
  NO_SEARCH_FILTERS,
  parseSearchPageFilters,
  toSearchPageSearchParams,
  type SearchPageState,
} from "@/domain/search/search-filters";

const parse = (query: string) => parseSearchPageFilters(new URLSearchParams(query));

describe("search page URL state", () => {
  it("reads every filter", () => {
    expect(
      parse("q=IPv6&kind=policy,news&issuer=miit,nea&sector=energy&from=2023-04-01&to=2023-04-30"),
    ).toEqual({
      query: "IPv6",
      filters: {
        kinds: ["policy", "news"],
        issuers: ["miit", "nea"],
        sectors: ["energy"],
        from: "2023-04-01",
        to: "2023-04-30",
      },
    });
  });

  it.each([
    ["kind=policy,planets", { kinds: ["policy"] }],
    ["from=April&to=2023-02-30", {}],
    ["from=2023-04", {}],
    ["issuer=,,", {}],
  ])("falls back to defaults for bad values in %s", (query, filters) => {
    expect(parse(query)).toEqual({ query: "", filters: { ...NO_SEARCH_FILTERS, ...filters } });
  });

  it("keeps the query as typed, trailing space included", () => {
    expect(toSearchPageSearchParams(parse("q=nea+")).toString()).toBe("q=nea+");
  });

  it("writes nothing for the default state", () => {
    expect(toSearchPageSearchParams({ query: "", filters: NO_SEARCH_FILTERS }).toString()).toBe("");
  });

  it("round-trips any state", () => {
    const slug = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const day = fc
      .date({ min: new Date("2000-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    const state = fc.record<SearchPageState>({
      query: fc.string(),
      filters: fc.record({
        kinds: fc.uniqueArray(fc.constantFrom(...SEARCH_KINDS)),
        issuers: fc.uniqueArray(slug),
        sectors: fc.uniqueArray(slug),
        from: fc.option(day, { nil: null }),
        to: fc.option(day, { nil: null }),
      }),
    });
    fc.assert(
      fc.property(state, (value) => {
        expect(parseSearchPageFilters(toSearchPageSearchParams(value))).toEqual(value);
      }),
    );
  });
});
