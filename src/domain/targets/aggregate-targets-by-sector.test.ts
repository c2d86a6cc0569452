import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "@/data/model";
import { loadShippedDataset } from "../../../tests/disk-dataset";
import {
  aggregateTargetsBySector,
  MAX_ISSUER_SERIES,
  OTHER_ISSUERS_KEY,
  toSectorChartRows,
} from "@/domain/targets/aggregate-targets-by-sector";
import { buildIssuer, buildSector, buildTarget } from "../../../tests/factories/targets";
import { filterTargets } from "@/domain/targets/filter-targets";
import { EMPTY_TARGET_FILTERS } from "@/domain/targets/targets-view";

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadShippedDataset();
});

describe("aggregateTargetsBySector by target year", () => {
  // One bar unit per bullet, counted by hand from the brief (before issue 14 the two bullets
  // with two figures made foundry and education 5 each).
  it("counts the brief's targets per sector, most first, split by year", () => {
    const rows = toSectorChartRows(aggregateTargetsBySector(dataset.targets, "year"));
    expect(rows).toEqual([
      { sectorId: "artificial-intelligence", total: 4, values: { "2025": 0, none: 4 } },
      { sectorId: "higher-education", total: 4, values: { "2025": 4, none: 0 } },
      { sectorId: "foundry-forging", total: 4, values: { "2025": 4, none: 0 } },
      { sectorId: "internet-infrastructure", total: 4, values: { "2025": 4, none: 0 } },
      { sectorId: "smes-innovation", total: 3, values: { "2025": 0, none: 3 } },
      { sectorId: "semiconductors", total: 1, values: { "2025": 1, none: 0 } },
    ]);
  });

  it("names the years in order, with no year last", () => {
    const targets = [
      buildTarget({ id: "a", targetYear: null }),
      buildTarget({ id: "b", targetYear: 2035 }),
      buildTarget({ id: "c", targetYear: 2025 }),
    ];
    expect(aggregateTargetsBySector(targets, "year").series).toEqual([
      { key: "2025", label: "2025", focus: { year: "2025" } },
      { key: "2035", label: "2035", focus: { year: "2035" } },
      { key: "none", label: "No year stated", focus: { year: "none" } },
    ]);
  });

  it("changes with the ministry filter", () => {
    const miit = filterTargets(dataset.targets, { ...EMPTY_TARGET_FILTERS, issuers: ["miit"] });
    const rows = toSectorChartRows(aggregateTargetsBySector(miit, "year"));
    expect(rows.map((row) => [row.sectorId, row.total])).toEqual([
      ["higher-education", 4],
      ["foundry-forging", 4],
      ["internet-infrastructure", 4],
      ["smes-innovation", 3],
      ["semiconductors", 1],
    ]);
  });
});

describe("aggregateTargetsBySector by issuing body", () => {
  it("counts a co-issued target for each of its bodies", () => {
    const aggregation = aggregateTargetsBySector(dataset.targets, "issuer");
    const foundry = toSectorChartRows(aggregation).find(
      (row) => row.sectorId === "foundry-forging",
    );
    expect(foundry?.total).toBe(4);
    expect(foundry?.values).toMatchObject({ miit: 4, ndrc: 4, cac: 0 });
    // MIIT 16, NDRC 12, CAC and MOE 8 each, then the bodies of 4 by acronym.
    expect(aggregation.series.map((series) => series.key)).toEqual([
      "miit",
      "ndrc",
      "cac",
      "moe",
      "mee",
      "mof",
      OTHER_ISSUERS_KEY,
    ]);
  });

  it("folds the smallest issuers into one series and keeps chosen ones apart", () => {
    const bodies = ["a", "b", "c", "d", "e", "f", "g", "h", "i"].map(buildIssuer);
    const targets = bodies.map((body, at) =>
      buildTarget({ id: `t${at}`, sector: buildSector("energy"), issuingBodies: [body] }),
    );
    const aggregation = aggregateTargetsBySector(targets, "issuer", ["i"]);
    expect(aggregation.series).toHaveLength(MAX_ISSUER_SERIES + 1);
    expect(aggregation.series[0]?.key).toBe("i");
    const other = aggregation.series.at(-1);
    expect(other).toEqual({
      key: OTHER_ISSUERS_KEY,
      label: "Other issuing bodies",
      focus: { issuers: ["f", "g", "h"] },
    });
    expect(aggregation.sectors[0]?.bySeries.get(OTHER_ISSUERS_KEY)).toBe(3);
  });

  it("shows every issuer when one more series would only rename the last", () => {
    const targets = ["a", "b", "c", "d", "e", "f", "g"].map((id) =>
      buildTarget({ id, issuingBodies: [buildIssuer(id)] }),
    );
    const keys = aggregateTargetsBySector(targets, "issuer").series.map((series) => series.key);
    expect(keys).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
  });
});
