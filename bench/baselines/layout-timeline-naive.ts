import type { Lane } from "../../src/domain/timeline/lanes";
import { TIMELINE_LAYOUT } from "../../src/domain/timeline/layout-timeline";
import { createTimeScale, type DayRange } from "../../src/domain/timeline/time-scale";

export interface NaiveMark {
  laneKey: string;
  policyId: string;
  x: number;
  /** Row within the lane, from 0. */
  row: number;
}

export interface NaiveLayout {
  marks: NaiveMark[];
  /** Rows each lane needed, in lane order. */
  rows: number[];
}

/**
 * The baseline `layoutTimeline` is measured against: what a general-purpose timeline does
 * (vis-timeline's stacking), every item of every lane placed, visible or not, each in the first
 * row where no earlier item in that row lies within a slot of it. No clustering, no culling.
 */
export function layoutTimelineNaive(
  lanes: readonly Lane[],
  range: DayRange,
  width: number,
): NaiveLayout {
  const scale = createTimeScale(range, width);
  const { slot } = TIMELINE_LAYOUT;
  const marks: NaiveMark[] = [];
  const rows = lanes.map((lane) => {
    const placed: number[][] = [];
    for (const entry of lane.entries) {
      const x = scale.toX(entry.at);
      let row = placed.findIndex((xs) => xs.every((other) => Math.abs(other - x) >= slot));
      if (row === -1) row = placed.push([]) - 1;
      placed[row]?.push(x);
      marks.push({ laneKey: lane.key, policyId: entry.policy.id, x, row });
    }
    return placed.length;
  });
  return { marks, rows };
}
