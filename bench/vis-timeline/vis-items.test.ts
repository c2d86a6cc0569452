import { describe, expect, it } from "vitest";
import { loadShippedDataset } from "../../tests/disk-dataset";
import { buildLanes } from "../../src/domain/timeline/lanes";
import { toVisData } from "./vis-items";
import { shortLabel } from "./configs";

describe("toVisData", () => {
  it("gives vis-timeline our lanes, in our order, one item per lane entry", async () => {
    const { policies } = await loadShippedDataset();
    const lanes = buildLanes(policies, { leadOnly: false, order: "count" });
    const data = toVisData(policies);
    expect(data.groups.map((group) => group.id)).toEqual(lanes.map((lane) => lane.key));
    expect(data.groups.map((group) => group.order)).toEqual(lanes.map((_, at) => at));
    expect(data.items).toHaveLength(lanes.reduce((sum, lane) => sum + lane.entries.length, 0));
    expect(new Set(data.items.map((item) => item.id)).size).toBe(data.items.length);
  });

  it("opens on a window holding every item", async () => {
    const data = toVisData((await loadShippedDataset()).policies);
    for (const item of data.items) {
      expect(item.start >= data.window.start && item.start <= data.window.end).toBe(true);
    }
  });

  it("refuses an empty list", () => {
    expect(() => toVisData([])).toThrow(/no policies/);
  });
});

describe("shortLabel", () => {
  it("cuts a label to the configured length with an ellipsis, and keeps short ones whole", () => {
    expect(shortLabel("Implementation Opinions on Foundry and Forging", 24)).toBe(
      "Implementation Opinions…",
    );
    expect(shortLabel("NEA notice", 24)).toBe("NEA notice");
    expect(shortLabel("Implementation Opinions on Foundry and Forging", null)).toHaveLength(46);
  });
});
