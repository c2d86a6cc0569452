import { describe, expect, it } from "vitest";
import { lanesInBand, viewportBand } from "@/domain/timeline/lane-window";
import { buildLanes } from "@/domain/timeline/lanes";
import { layoutTimeline } from "@/domain/timeline/layout-timeline";
import { buildPolicy } from "../../../tests/factories/policies";
import { toOrdinal } from "@/core/calendar-date";

const ISSUERS = Array.from({ length: 12 }, (_, at) => `body-${String(at).padStart(2, "0")}`);
// One document per issuer: twelve lanes of 46 px under a 28 px axis, in name order.
const layout = layoutTimeline(
  buildLanes(
    ISSUERS.map((issuer) => buildPolicy({ id: issuer, date: "2023-04-10", issuers: [issuer] })),
    { leadOnly: false, order: "name" },
  ),
  { start: toOrdinal(2023, 4, 1), end: toOrdinal(2023, 5, 1) },
  600,
);
const keys = (band: { top: number; bottom: number }, always?: string[]) =>
  [...lanesInBand(layout.lanes, band, always)].sort();

describe("viewportBand", () => {
  it("covers what the viewport shows of the plot, widened by the margin", () => {
    expect(viewportBand(0, 900, 0, 1)).toEqual({ top: 0, bottom: 900 });
    // The plot starts 400 px down the page, scrolled to the top: its first 500 px show.
    expect(viewportBand(400, 900, 100, 1)).toEqual({ top: -500, bottom: 600 });
    // Scrolled 300 px past the plot's top edge.
    expect(viewportBand(-300, 900, 0, 1)).toEqual({ top: 300, bottom: 1200 });
  });

  it("snaps outwards to the step, so small scrolls leave it unchanged", () => {
    expect(viewportBand(-310, 900, 0, 100)).toEqual({ top: 300, bottom: 1300 });
    expect(viewportBand(-390, 900, 0, 100)).toEqual({ top: 300, bottom: 1300 });
    expect(viewportBand(-410, 900, 0, 100)).toEqual({ top: 400, bottom: 1400 });
  });
});

describe("lanesInBand", () => {
  it("keeps the lanes that overlap the band, partly visible ones included", () => {
    // Lane n spans 28 + 46n to 28 + 46(n + 1).
    expect(keys({ top: 0, bottom: 80 })).toEqual(["body-00", "body-01"]);
    expect(keys({ top: 120, bottom: 121 })).toEqual(["body-02"]);
  });

  it("leaves out the lanes that only touch the band's edges", () => {
    // Lane 1 spans 74 to 120 px: lane 0 ends at its top, lane 2 starts at its bottom.
    expect(keys({ top: 74, bottom: 120 })).toEqual(["body-01"]);
  });

  it("keeps none when the band lies beyond the plot, every lane when it covers it", () => {
    expect(keys({ top: 2000, bottom: 3000 })).toEqual([]);
    expect(keys({ top: -500, bottom: -10 })).toEqual([]);
    expect(keys({ top: -100, bottom: 5000 })).toEqual(ISSUERS);
  });

  it("adds the lanes focus must reach, wherever they are", () => {
    expect(keys({ top: 0, bottom: 50 }, ["body-11"])).toEqual(["body-00", "body-11"]);
  });
});
