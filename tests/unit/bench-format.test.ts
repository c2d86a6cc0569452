import { describe, expect, it } from "vitest";
import { formatTable, formatValue, ratioOf, withinBudget } from "../../bench/format";
import type { BenchRow, Unit } from "../../bench/types";

const row = (overrides: Partial<BenchRow>): BenchRow => ({
  metric: "Filter 10,000 policies",
  value: 4,
  unit: "ms",
  better: "lower",
  ...overrides,
});

describe("formatValue", () => {
  it.each<[number, Unit, string]>([
    [3.14159, "ms", "3.14 ms"],
    [31.4159, "ms", "31.4 ms"],
    [314.159, "ms", "314 ms"],
    [141.23, "kB", "141.2 kB"],
    [2.8899, "MB", "2.89 MB"],
    [96, "score", "96"],
    [0.01234, "unitless", "0.012"],
  ])("shows %d %s as %s", (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });
});

describe("ratioOf", () => {
  it.each<[Partial<BenchRow>, number | null]>([
    [{ value: 4, baseline: { label: "naive", value: 20 } }, 5],
    [{ value: 40, baseline: { label: "naive", value: 20 } }, 0.5],
    [{ value: 90, better: "higher", baseline: { label: "peer", value: 60 } }, 1.5],
    [{ value: 0, baseline: { label: "naive", value: 20 } }, null],
    [{}, null],
  ])("for %j is %s (above 1: ours is better)", (overrides, expected) => {
    expect(ratioOf(row(overrides))).toBe(expected);
  });
});

describe("withinBudget", () => {
  it.each<[Partial<BenchRow>, boolean | null]>([
    [{ value: 200, budget: 200 }, true],
    [{ value: 201, budget: 200 }, false],
    [{ value: 90, better: "higher", budget: 95 }, false],
    [{}, null],
  ])("for %j is %s", (overrides, expected) => {
    expect(withinBudget(row(overrides))).toBe(expected);
  });
});

describe("formatTable", () => {
  it("prints one Markdown row per figure, with ratio and budget", () => {
    const table = formatTable([
      {
        title: "Filters",
        rows: [row({ baseline: { label: "linear scan", value: 20 }, budget: 16 })],
      },
    ]);
    const lines = table.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\| Section +\| Measured +\| Ours/);
    expect(lines[2]?.split("|").map((cell) => cell.trim())).toEqual([
      "",
      "Filters",
      "Filter 10,000 policies",
      "4.00 ms",
      "20.0 ms (linear scan)",
      "5.00×",
      "≤ 16.0 ms ✓",
      "",
    ]);
  });

  it("shows a failed section with its reason and escapes pipes", () => {
    const table = formatTable([{ title: "Lighthouse", rows: [], error: "no Chromium | sorry" }]);
    expect(table).toContain("failed: no Chromium \\| sorry");
  });
});
