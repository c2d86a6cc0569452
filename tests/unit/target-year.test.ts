import { describe, expect, it } from "vitest";
import { compareTargetYearKeys, NO_YEAR, type TargetYearKey } from "@/domain/targets/target-year";

describe("compareTargetYearKeys", () => {
  it("puts years in order and 'no year stated' last", () => {
    const keys: TargetYearKey[] = ["none", "2030", "2025"];
    expect(keys.sort(compareTargetYearKeys)).toEqual(["2025", "2030", "none"]);
    expect(compareTargetYearKeys(NO_YEAR, "2025")).toBeGreaterThan(0);
    expect(compareTargetYearKeys("2025", NO_YEAR)).toBeLessThan(0);
  });

  it("sees a key as equal to itself, 'no year stated' too", () => {
    expect(compareTargetYearKeys(NO_YEAR, NO_YEAR)).toBe(0);
    expect(compareTargetYearKeys("2025", "2025")).toBe(0);
  });
});
