import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "@/data/model";
import { loadShippedDataset } from "../../../tests/disk-dataset";
import { buildQuantity, buildTarget } from "../../../tests/factories/targets";
import {
  groupQuantitativeTargetsByUnit,
  limitDrawnRows,
  pickUnitGroup,
  toValueAxis,
  type QuantitativeRow,
} from "@/domain/targets/quantitative-targets";

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadShippedDataset();
});

const policiesOf = (data: Dataset) => new Map(data.policies.map((policy) => [policy.id, policy]));

describe("groupQuantitativeTargetsByUnit", () => {
  it("puts the brief's seven numbers in five units, never mixing them", () => {
    const groups = groupQuantitativeTargetsByUnit(dataset.targets, policiesOf(dataset));
    expect(groups.map((group) => [group.unit, group.rows.map((row) => row.signedValue)])).toEqual([
      ["percent", [-30, -5, 20]],
      ["cities", [50]],
      ["key standards", [30]],
      ["majors", [10000]],
      ["training bases", [300]],
    ]);
  });

  it("labels each number with its metric, qualifier and policy", () => {
    const [percent] = groupQuantitativeTargetsByUnit(dataset.targets, policiesOf(dataset));
    expect(percent?.rows[0]).toMatchObject({
      metric: "particulate matter pollution in the foundry industry",
      policyLabel: "Going hammer and tongs: China to transform forging and foundry industries",
      direction: "reduce",
      qualifier: "more than",
      value: 30,
      baselineYear: 2020,
      targetYear: 2025,
    });
  });

  it("treats a number without direction as a level to reach and keeps unnamed units apart", () => {
    const groups = groupQuantitativeTargetsByUnit(
      [
        buildTarget({
          quantities: [buildQuantity({ value: 4, unit: null })],
          text: "Build four hubs",
        }),
      ],
      new Map(),
    );
    expect(groups).toEqual([
      {
        unit: "no unit stated",
        rows: [
          expect.objectContaining({
            direction: "reach",
            signedValue: 4,
            metric: "Build four hubs",
          }),
        ],
      },
    ]);
  });
});

describe("groupQuantitativeTargetsByUnit ordering", () => {
  const twoFigures = buildTarget({
    id: "coal",
    quantities: [
      buildQuantity({ value: 20, metric: "share of clean power" }),
      buildQuantity({ value: 30, direction: "reduce", metric: "coal use" }),
    ],
  });
  const cities = buildTarget({
    id: "cities",
    quantities: [
      buildQuantity({ value: 5, unit: "cities", metric: "pilot cities" }),
      buildQuantity({ value: 8, unit: "cities", metric: "model cities" }),
    ],
  });

  it("gives each figure of a target its own row id, numbered from 1", () => {
    const [percent] = groupQuantitativeTargetsByUnit([twoFigures], new Map());
    expect(percent?.rows.map((row) => row.rowId)).toEqual(["coal#2", "coal#1"]);
  });

  it("draws reductions before increases within a unit, whatever the printed order", () => {
    const [percent] = groupQuantitativeTargetsByUnit([twoFigures], new Map());
    expect(percent?.rows.map((row) => [row.metric, row.signedValue])).toEqual([
      ["coal use", -30],
      ["share of clean power", 20],
    ]);
  });

  it("puts percent first even when another unit has more figures", () => {
    const percentOnly = buildTarget({ id: "p", quantities: [buildQuantity({ value: 5 })] });
    const groups = groupQuantitativeTargetsByUnit([cities, percentOnly], new Map());
    expect(groups.map((group) => [group.unit, group.rows.length])).toEqual([
      ["percent", 1],
      ["cities", 2],
    ]);
  });

  it("puts percent first whatever order the targets come in", () => {
    const percentOnly = buildTarget({ id: "p", quantities: [buildQuantity({ value: 5 })] });
    const groups = groupQuantitativeTargetsByUnit([percentOnly, cities], new Map());
    expect(groups.map((group) => group.unit)).toEqual(["percent", "cities"]);
  });
});

describe("pickUnitGroup", () => {
  const groups = [
    { unit: "percent", rows: [] },
    { unit: "cities", rows: [] },
  ];
  it.each([
    ["cities", "cities"],
    ["majors", "percent"],
    [null, "percent"],
  ])("draws %s as %s", (requested, unit) => {
    expect(pickUnitGroup(groups, requested)?.unit).toBe(unit);
  });
  it("draws nothing when no target has a number", () => {
    expect(pickUnitGroup([], "percent")).toBeNull();
  });
});

describe("toValueAxis", () => {
  const rows = (...values: number[]) =>
    values.map((signedValue) => ({ signedValue }) as QuantitativeRow);
  it.each([
    [
      [-30, -5, 20],
      [-40, 40],
      [-40, -30, -20, -10, 0, 10, 20, 30, 40],
    ],
    [[50], [0, 60], [0, 20, 40, 60]],
    [[10000], [0, 15000], [0, 5000, 10000, 15000]],
    [[-5], [-6, 0], [-6, -4, -2, 0]],
    [
      [-5, 0],
      [-6, 0],
      [-6, -4, -2, 0],
    ],
    [
      [0, 5],
      [0, 6],
      [0, 2, 4, 6],
    ],
    [[], [0, 1], [0, 0.5, 1]],
    // 10% headroom makes exactly 8: four steps of 2 fit it, no need for steps of 5.
    [[8 / 1.1], [0, 8], [0, 2, 4, 6, 8]],
  ])("lays out %j on %j", (values, domain, ticks) => {
    expect(toValueAxis(rows(...values))).toEqual({ domain, ticks });
  });
});

describe("limitDrawnRows", () => {
  const rows = (...values: number[]) =>
    values.map((signedValue) => ({ signedValue }) as QuantitativeRow);
  it("keeps the largest numbers in axis order", () => {
    const drawn = limitDrawnRows(rows(-30, -5, 2, 20, 40), 3);
    expect(drawn.rows.map((row) => row.signedValue)).toEqual([-30, 20, 40]);
    expect(drawn.hidden).toBe(2);
  });
  it("keeps every row when they fit", () => {
    expect(limitDrawnRows(rows(1, 2), 3)).toEqual({ rows: rows(1, 2), hidden: 0 });
  });
});
