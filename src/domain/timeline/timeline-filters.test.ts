import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  DEFAULT_TIMELINE_FILTERS,
  hasPolicyFilter,
  LANE_ORDERS,
  LIST_SORTS,
  parseTimelineFilters,
  TIMELINE_VIEWS,
  toTimelineSearchParams,
  type TimelineFilters,
} from "@/domain/timeline/timeline-filters";

const parse = (query: string) => parseTimelineFilters(new URLSearchParams(query));

describe("parseTimelineFilters", () => {
  it("reads an empty address as the defaults", () => {
    expect(parse("")).toEqual(DEFAULT_TIMELINE_FILTERS);
  });

  it.each<[string, Partial<TimelineFilters>]>([
    ["issuer=miit,nea", { issuers: ["miit", "nea"] }],
    ["issuer=miit,nea&match=all", { issuers: ["miit", "nea"], match: "all" }],
    ["issuer=nea&lead=1", { issuers: ["nea"], leadOnly: true }],
    ["sector=energy", { sectors: ["energy"] }],
    ["kind=top5", { kind: "top5" }],
    ["from=2023-04-01&to=2023-04-30", { from: "2023-04-01", to: "2023-04-30" }],
    ["q=IPv6", { text: "IPv6" }],
    ["start=2023-04-01&end=2023-04-30", { range: { start: "2023-04-01", end: "2023-04-30" } }],
    ["item=2023-04-23-ipv6", { item: "2023-04-23-ipv6" }],
    [
      "view=list&lanes=kind&sort=issuer-asc",
      { view: "list", laneOrder: "kind", sort: "issuer-asc" },
    ],
  ])("reads %s", (query, expected) => {
    expect(parse(query)).toEqual({ ...DEFAULT_TIMELINE_FILTERS, ...expected });
  });

  it.each([
    "kind=everything",
    "from=April&to=2023-13-01",
    "from=2023-04",
    "start=2023-05-01&end=2023-04-01",
    "start=2023-04-01",
    "view=map&lanes=size&sort=random",
    "lead=yes&match=some",
    "item=",
  ])("falls back to the defaults for %s", (query) => {
    expect(parse(query)).toEqual(DEFAULT_TIMELINE_FILTERS);
  });

  it("lets the lead-issuer toggle win over joint issuance, which cannot hold together", () => {
    expect(parse("issuer=miit,nea&match=all&lead=1")).toMatchObject({
      leadOnly: true,
      match: "any",
    });
  });

  it("keeps the shared issuer parameter's comma-separated format", () => {
    const params = toTimelineSearchParams({
      ...DEFAULT_TIMELINE_FILTERS,
      issuers: ["miit", "nea"],
    });
    expect(params.toString()).toBe("issuer=miit%2Cnea");
  });

  it("writes nothing for the defaults", () => {
    expect(toTimelineSearchParams(DEFAULT_TIMELINE_FILTERS).toString()).toBe("");
    expect(hasPolicyFilter(DEFAULT_TIMELINE_FILTERS)).toBe(false);
  });

  it("sees a filter in a chosen issuer, but not in a view setting", () => {
    expect(hasPolicyFilter({ ...DEFAULT_TIMELINE_FILTERS, issuers: ["miit"] })).toBe(true);
    const listView: TimelineFilters = { ...DEFAULT_TIMELINE_FILTERS, view: "list" };
    expect(hasPolicyFilter(listView)).toBe(false);
  });
});

const slug = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const isoDay = fc
  .date({
    min: new Date("1990-01-01T00:00:00Z"),
    max: new Date("2040-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));
const filters: fc.Arbitrary<TimelineFilters> = fc
  .record({
    issuers: fc.uniqueArray(slug, { maxLength: 4 }),
    match: fc.constantFrom("any" as const, "all" as const),
    leadOnly: fc.boolean(),
    sectors: fc.uniqueArray(slug, { maxLength: 3 }),
    kind: fc.constantFrom(null, "top5" as const, "news" as const),
    from: fc.option(isoDay, { nil: null }),
    to: fc.option(isoDay, { nil: null }),
    text: fc.string(),
    range: fc.option(
      fc
        .tuple(isoDay, isoDay)
        .map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })),
      { nil: null },
    ),
    item: fc.option(slug, { nil: null }),
    view: fc.constantFrom(...TIMELINE_VIEWS),
    laneOrder: fc.constantFrom(...LANE_ORDERS),
    sort: fc.constantFrom(...LIST_SORTS),
  })
  // The lead-issuer toggle and joint issuance exclude each other; the UI never sets both.
  .map((value) => (value.leadOnly ? { ...value, match: "any" as const } : value));

describe("the timeline URL", () => {
  it("round-trips every valid state exactly", () => {
    fc.assert(
      fc.property(filters, (value) => {
        expect(parseTimelineFilters(toTimelineSearchParams(value))).toEqual(value);
      }),
    );
  });

  it("normalises any address to one that reads back the same", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom("issuer", "kind", "from", "start", "end", "view", "lead", "match", "q"),
          fc.string(),
        ),
        (raw) => {
          const once = parseTimelineFilters(new URLSearchParams(raw));
          expect(parseTimelineFilters(toTimelineSearchParams(once))).toEqual(once);
        },
      ),
    );
  });
});
