import { beforeAll, describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/generate/dataset";
import { readSectorVocabulary } from "../../scripts/generate/write-dataset";
import type { Dataset } from "../../src/data/model";
import {
  aggregateTargetsBySector,
  toSectorChartRows,
} from "../../src/domain/targets/aggregate-targets-by-sector";
import { filterPolicies, type FacetCounts } from "../../src/domain/timeline/filter-policies";
import { buildLanes } from "../../src/domain/timeline/lanes";
import { TIMELINE_LAYOUT } from "../../src/domain/timeline/layout-timeline";
import { EMPTY_POLICY_FILTER, type PolicyFilter } from "../../src/domain/timeline/timeline-filters";
import { loadDiskDataset } from "../../tests/disk-dataset";
import { aggregateTargetsBySectorNaive } from "./aggregate-targets-naive";
import { filterPoliciesNaive } from "./filter-policies-naive";
import { layoutTimelineNaive } from "./layout-timeline-naive";
import { searchNaive } from "./search-naive";

let dataset: Dataset;

beforeAll(async () => {
  const files = generateDataset({
    seed: 3,
    briefs: 6,
    policies: 120,
    news: 200,
    companies: 50,
    countries: 10,
    sectors: readSectorVocabulary(),
  });
  // Served from memory: the folder does not exist, every file is an override.
  dataset = await loadDiskDataset(
    "/nonexistent/",
    Object.fromEntries(files.map((file) => [file.path, file.text])),
  );
});

const sortedCounts = (counts: FacetCounts) =>
  Object.fromEntries(
    Object.entries(counts).map(([facet, map]: [string, Map<string, number>]) => [
      facet,
      [...map].sort(([a], [b]) => a.localeCompare(b)),
    ]),
  );

describe("filterPoliciesNaive", () => {
  const filters: [string, Partial<PolicyFilter>][] = [
    ["no filter", {}],
    ["an issuing body", { issuers: ["sm-01"] }],
    ["two bodies and a kind", { issuers: ["sm-01", "sc-31"], kind: "top5" }],
    ["a sector and dates", { sectors: ["automotive"], from: "2016-01-01", to: "2019-12-31" }],
    ["words", { text: "Synthetic NOTICE" }],
  ];
  it.each(filters)("gives the same policies and counts as filterPolicies for %s", (_, part) => {
    const filter = { ...EMPTY_POLICY_FILTER, ...part };
    const naive = filterPoliciesNaive(dataset.policies, filter);
    const real = filterPolicies(dataset.policies, filter);
    expect(naive.policies.map((p) => p.id)).toEqual(real.policies.map((p) => p.id));
    expect(sortedCounts(naive.counts)).toEqual(sortedCounts(real.counts));
  });

  it("refuses issuer matching it does not cover", () => {
    const filter = { ...EMPTY_POLICY_FILTER, issuers: ["sm-01"], leadOnly: true };
    expect(() => filterPoliciesNaive(dataset.policies, filter)).toThrow(/default issuer/);
  });
});

describe("aggregateTargetsBySectorNaive", () => {
  it("gives the same chart rows as aggregateTargetsBySector by year", () => {
    expect(dataset.targets.length).toBeGreaterThan(0);
    expect(aggregateTargetsBySectorNaive(dataset.targets)).toEqual(
      toSectorChartRows(aggregateTargetsBySector(dataset.targets, "year")),
    );
  });
});

describe("layoutTimelineNaive", () => {
  it("places every lane entry, no two in a row within a slot of each other", () => {
    const lanes = buildLanes(dataset.policies, { leadOnly: false, order: "count" });
    const layout = layoutTimelineNaive(lanes, { start: 16_000, end: 20_000 }, 1000);
    expect(layout.marks).toHaveLength(lanes.reduce((sum, lane) => sum + lane.entries.length, 0));
    const rows = new Map<string, number[]>();
    for (const mark of layout.marks) {
      const key = `${mark.laneKey} ${mark.row}`;
      rows.set(key, [...(rows.get(key) ?? []), mark.x]);
    }
    for (const row of rows.values()) {
      const xs = row.sort((a, b) => a - b);
      xs.slice(1).forEach((x, at) =>
        expect(x - (xs[at] ?? 0)).toBeGreaterThanOrEqual(TIMELINE_LAYOUT.slot),
      );
    }
  });
});

describe("searchNaive", () => {
  it("finds records holding every word, at most the limit per kind", () => {
    const results = searchNaive(dataset, "synthetic ministry 01", 2);
    const issuers = results.get("issuer");
    expect(issuers?.total).toBe(1);
    expect(results.get("news")).toBeUndefined();
    for (const group of results.values()) expect(group.hits.length).toBeLessThanOrEqual(2);
  });

  it("finds nothing for an empty query", () => {
    expect(searchNaive(dataset, "  ").size).toBe(0);
  });
});
