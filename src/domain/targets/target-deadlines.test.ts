import { describe, expect, it } from "vitest";
import { loadShippedDataset } from "../../../tests/disk-dataset";
import { buildTarget } from "../../../tests/factories/targets";
import { aggregateTargetsByDeadline } from "@/domain/targets/target-deadlines";

describe("aggregateTargetsByDeadline", () => {
  it("lays the brief's targets on the years from publication to 2025, undated last", async () => {
    const dataset = await loadShippedDataset();
    expect(aggregateTargetsByDeadline(dataset.targets, 2023)).toEqual([
      { year: "2023", label: "2023", quantitative: 0, qualitative: 0, total: 0 },
      { year: "2024", label: "2024", quantitative: 0, qualitative: 0, total: 0 },
      // 12 bullets of three 2025 plans and the chip standards clause; 5 of them set figures.
      { year: "2025", label: "2025", quantitative: 5, qualitative: 8, total: 13 },
      { year: "none", label: "No year stated", quantitative: 0, qualitative: 7, total: 7 },
    ]);
  });

  it.each([
    ["only undated targets", [null], 2023, ["none"]],
    ["a gap between deadlines", [2025, 2027], null, ["2025", "2026", "2027"]],
    ["a brief published after a deadline", [2022], 2023, ["2022", "2023"]],
    ["no targets", [], 2023, []],
  ])("shows every year for %s", (_, years, fromYear, keys) => {
    const targets = years.map((targetYear, at) => buildTarget({ id: `t${at}`, targetYear }));
    expect(aggregateTargetsByDeadline(targets, fromYear).map((row) => row.year)).toEqual(keys);
  });
});
