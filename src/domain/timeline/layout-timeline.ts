import {
  layoutLaneMarks,
  type LaneMark,
  type MarkLayoutConfig,
} from "@/domain/timeline/cluster-lane";
import type { Lane } from "@/domain/timeline/lanes";
import {
  createTimeScale,
  timeTicks,
  type DayRange,
  type Tick,
  type TimeScale,
} from "@/domain/timeline/time-scale";

export interface TimelineLayoutConfig extends MarkLayoutConfig {
  axisHeight: number;
}

export const TIMELINE_LAYOUT: TimelineLayoutConfig = {
  slot: 30,
  rowHeight: 12,
  maxRows: 3,
  lanePadding: 5,
  axisHeight: 28,
};

export interface LaneLayout {
  lane: Lane;
  /** Top of the lane, below the axis. */
  top: number;
  height: number;
  marks: LaneMark[];
}

export interface TimelineLayout {
  scale: TimeScale;
  ticks: Tick[];
  lanes: LaneLayout[];
  /** Height of the plot: axis and every lane. */
  height: number;
  /** Marks drawn: what a frame costs to render. */
  markCount: number;
}

/**
 * Everything the timeline draws for one visible range and plot width: the scale, axis ticks,
 * and each lane's marks (stacked or clustered, visible ones only). Pure, so Node benchmarks
 * can time it apart from the browser.
 */
export function layoutTimeline(
  lanes: readonly Lane[],
  range: DayRange,
  width: number,
  config: TimelineLayoutConfig = TIMELINE_LAYOUT,
): TimelineLayout {
  const scale = createTimeScale(range, width);
  const height = config.maxRows * config.rowHeight + 2 * config.lanePadding;
  let markCount = 0;
  const laid = lanes.map((lane, at) => {
    const marks = layoutLaneMarks(lane, scale, config);
    markCount += marks.length;
    return { lane, top: config.axisHeight + at * height, height, marks };
  });
  return {
    scale,
    ticks: timeTicks(scale),
    lanes: laid,
    height: config.axisHeight + lanes.length * height,
    markCount,
  };
}
