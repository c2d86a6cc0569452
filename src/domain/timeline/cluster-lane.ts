import type { Lane, LaneEntry } from "@/domain/timeline/lanes";
import type { TimeScale } from "@/domain/timeline/time-scale";

export interface MarkLayoutConfig {
  /** Least horizontal distance, in px, between two marks in the same row. */
  slot: number;
  rowHeight: number;
  /** Marks that would overlap stack up to this many rows; more become one cluster. */
  maxRows: number;
  lanePadding: number;
}

/** One policy drawn in a lane. */
export interface ItemMark {
  type: "item";
  key: string;
  entry: LaneEntry;
  x: number;
  y: number;
  /** Where the days the date covers begin and end: a month-precision date spans a month. */
  x0: number;
  x1: number;
  /** Free room to the right of the mark, for a label. */
  labelWidth: number;
}

/** Several policies too close to draw apart at this zoom, drawn as one mark with a count. */
export interface ClusterMark {
  type: "cluster";
  key: string;
  entries: LaneEntry[];
  x: number;
  y: number;
  /** The days from the first policy's date to the last one's, to zoom into. */
  start: number;
  end: number;
}

export type LaneMark = ItemMark | ClusterMark;

// Keys are unique within the chart: ids are slugs, so "/" and "#" never occur in them.
export function itemKey(laneKey: string, policyId: string): string {
  return `${laneKey}/${policyId}`;
}

function clusterKey(laneKey: string, firstPolicyId: string): string {
  return `${laneKey}#cluster/${firstPolicyId}`;
}

/** Room kept free around a label, in px. */
const LABEL_GAP = 14;

/**
 * Places a lane's marks for one scale. Walking from the lane's first entry (not the first
 * visible one) keeps groups stable while panning: each group takes the entries within one slot
 * of its first; up to `maxRows` of them stack at the group's position, more become a cluster.
 * Only marks within the plot are returned, so what is drawn stays bounded by its width.
 */
export function layoutLaneMarks(
  lane: Lane,
  scale: TimeScale,
  config: MarkLayoutConfig,
): LaneMark[] {
  const { entries } = lane;
  const { slot, rowHeight, maxRows, lanePadding } = config;
  const positions = entries.map((entry) => scale.toX(entry.at));
  const marks: LaneMark[] = [];
  let from = 0;
  while (from < entries.length) {
    const x = positions[from] ?? 0;
    let to = from + 1;
    while (to < entries.length && (positions[to] ?? 0) - x < slot) to += 1;
    const group = entries.slice(from, to);
    const nextX = to < entries.length ? (positions[to] ?? 0) : Number.POSITIVE_INFINITY;
    from = to;

    // A mark is drawn when any of it shows; half a slot covers the widest (a cluster's count).
    if (x < -slot / 2 || x > scale.width + slot / 2) continue;
    const [first] = group;
    if (!first) continue;

    if (group.length > maxRows) {
      marks.push({
        type: "cluster",
        key: clusterKey(lane.key, first.policy.id),
        entries: group,
        x,
        y: lanePadding + (maxRows * rowHeight) / 2,
        start: first.start,
        end: Math.max(...group.map((entry) => entry.end)),
      });
      continue;
    }
    const labelWidth = Math.max(0, Math.min(nextX, scale.width) - x - LABEL_GAP);
    const topRow = (maxRows - group.length) / 2;
    group.forEach((entry, row) => {
      marks.push({
        type: "item",
        key: itemKey(lane.key, entry.policy.id),
        entry,
        x,
        y: lanePadding + (topRow + row + 0.5) * rowHeight,
        x0: scale.toX(entry.start),
        x1: scale.toX(entry.end),
        labelWidth,
      });
    });
  }
  return marks;
}
