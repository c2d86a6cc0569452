import { describe, expect, it } from "vitest";
import { toOrdinal } from "@/core/calendar-date";
import { buildLanes } from "@/domain/timeline/lanes";
import { layoutTimeline, TIMELINE_LAYOUT } from "@/domain/timeline/layout-timeline";
import { buildPolicy } from "../../../tests/factories/policies";

const april = { start: toOrdinal(2023, 4, 1), end: toOrdinal(2023, 5, 1) };
const EIGHT = ["miit", "cac", "ndrc", "moe", "mot", "pboc", "sasac", "nea"];

describe("layoutTimeline", () => {
  it("stacks lanes under the axis, one per issuer, each showing the co-issued document", () => {
    const lanes = buildLanes([buildPolicy({ id: "ipv6", date: "2023-04-23", issuers: EIGHT })], {
      leadOnly: false,
      order: "name",
    });
    const layout = layoutTimeline(lanes, april, 800);
    const laneHeight = TIMELINE_LAYOUT.maxRows * TIMELINE_LAYOUT.rowHeight + 10;
    expect(layout.lanes.map((lane) => lane.top)).toEqual(
      EIGHT.map((_, at) => TIMELINE_LAYOUT.axisHeight + at * laneHeight),
    );
    expect(layout.height).toBe(TIMELINE_LAYOUT.axisHeight + 8 * laneHeight);
    expect(layout.markCount).toBe(8);
    expect(new Set(layout.lanes.map((lane) => lane.marks[0]?.x))).toEqual(
      new Set([(22.5 * 800) / 30]),
    );
    expect(layout.ticks.length).toBeGreaterThan(2);
  });

  it("draws nothing but the axis when a filter empties every lane", () => {
    const layout = layoutTimeline([], april, 800);
    expect(layout).toMatchObject({ lanes: [], markCount: 0, height: TIMELINE_LAYOUT.axisHeight });
  });

  it("draws only what the range shows, however many policies there are", () => {
    const policies = Array.from({ length: 5000 }, (_, at) =>
      buildPolicy({ id: `p${at}`, date: `${2014 + (at % 10)}-0${1 + (at % 9)}-1${at % 10}` }),
    );
    const lanes = buildLanes(policies, { leadOnly: false, order: "count" });
    const layout = layoutTimeline(lanes, april, 800);
    expect(layout.markCount).toBeLessThanOrEqual((800 / TIMELINE_LAYOUT.slot + 2) * 3);
  });
});
