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
  /**
   * Free room to the right of the mark for its label: up to the next mark the label would run
   * into (one on its own line, not a mark stacked above or below), or the plot's edge.
   */
  labelWidth: number;
}

/**
 * Several policies too close to draw apart at this zoom, drawn as one mark with a count; or the
 * policies dated only to one year (`yearOnly`), drawn as a band across that year, since no zoom
 * can draw apart what has no day.
 */
export interface ClusterMark {
  type: "cluster";
  key: string;
  entries: LaneEntry[];
  x: number;
  y: number;
  /** The days from the first policy's date to the last one's, to zoom into. */
  start: number;
  end: number;
  /** The year of a band of year-only dates, with where the band begins and ends; else null. */
  yearOnly: { year: number; x0: number; x1: number } | null;
}

export type LaneMark = ItemMark | ClusterMark;

// Keys are unique within the chart: ids are slugs, so "/" and "#" never occur in them.
export function itemKey(laneKey: string, policyId: string): string {
  return `${laneKey}/${policyId}`;
}

function clusterKey(laneKey: string, firstPolicyId: string): string {
  return `${laneKey}#cluster/${firstPolicyId}`;
}

const isYearOnly = (entry: LaneEntry) => entry.policy.date.precision === "year";

/** Room kept free around a label, in px. */
const LABEL_GAP = 14;
/**
 * How far apart, vertically, a label (10 px text centred on its mark) and a later mark must be
 * for the label to pass it: an item (its dot and its own label), or a cluster's 16 px pill.
 */
const CLEARS_ITEM = 11;
const CLEARS_CLUSTER = 13;

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
  const yearOnly = lane.entries.filter(isYearOnly);
  if (yearOnly.length === 0) return layoutDated(lane.key, lane.entries, scale, config);
  const dated = lane.entries.filter((entry) => !isYearOnly(entry));
  return [
    ...layoutDated(lane.key, dated, scale, config),
    ...layoutYearBands(lane.key, yearOnly, scale, config),
  ].sort((a, b) => a.x - b.x);
}

/**
 * Year-only dates, a band per year along the lane's bottom row (a single one stays a mark of its
 * own): drawn at mid-year among the dated marks they would read as a July spike.
 */
function layoutYearBands(
  laneKey: string,
  entries: readonly LaneEntry[],
  scale: TimeScale,
  { slot, rowHeight, maxRows, lanePadding }: MarkLayoutConfig,
): LaneMark[] {
  const byYear = new Map<number, LaneEntry[]>();
  for (const entry of entries) {
    const group = byYear.get(entry.start);
    if (group) group.push(entry);
    else byYear.set(entry.start, [entry]);
  }
  const y = lanePadding + (maxRows - 0.5) * rowHeight;
  return [...byYear.values()].flatMap((group): LaneMark[] => {
    const [first] = group;
    if (!first) return [];
    // Drawn no further than just past the plot, however far the year reaches at this zoom.
    const x0 = Math.max(scale.toX(first.start), -slot / 2);
    const x1 = Math.min(scale.toX(first.end), scale.width + slot / 2);
    if (x1 < 0 || x0 > scale.width) return [];
    const x = Math.min(Math.max((x0 + x1) / 2, 0), scale.width);
    if (group.length === 1) {
      const key = itemKey(laneKey, first.policy.id);
      return [{ type: "item", key, entry: first, x, y, x0, x1, labelWidth: 0 }];
    }
    return [
      {
        type: "cluster",
        key: clusterKey(laneKey, first.policy.id),
        entries: group,
        x,
        y,
        start: first.start,
        end: first.end,
        yearOnly: { year: first.policy.date.year, x0, x1 },
      },
    ];
  });
}

function layoutDated(
  laneKey: string,
  entries: readonly LaneEntry[],
  scale: TimeScale,
  config: MarkLayoutConfig,
): LaneMark[] {
  const { slot, rowHeight, maxRows, lanePadding } = config;
  const positions = entries.map((entry) => scale.toX(entry.at));
  const marks: LaneMark[] = [];
  let from = 0;
  while (from < entries.length) {
    const x = positions[from] ?? 0;
    let to = from + 1;
    while (to < entries.length && (positions[to] ?? 0) - x < slot) to += 1;
    const group = entries.slice(from, to);
    from = to;

    // A mark is drawn when any of it shows; half a slot covers the widest (a cluster's count).
    if (x < -slot / 2 || x > scale.width + slot / 2) continue;
    const [first] = group;
    if (!first) continue;

    if (group.length > maxRows) {
      marks.push({
        type: "cluster",
        key: clusterKey(laneKey, first.policy.id),
        entries: group,
        x,
        y: lanePadding + (maxRows * rowHeight) / 2,
        start: first.start,
        end: Math.max(...group.map((entry) => entry.end)),
        yearOnly: null,
      });
      continue;
    }
    const topRow = (maxRows - group.length) / 2;
    group.forEach((entry, row) => {
      marks.push({
        type: "item",
        key: itemKey(laneKey, entry.policy.id),
        entry,
        x,
        y: lanePadding + (topRow + row + 0.5) * rowHeight,
        x0: scale.toX(entry.start),
        x1: scale.toX(entry.end),
        labelWidth: 0,
      });
    });
  }
  fitLabels(marks, scale.width);
  return marks;
}

/** Gives each item the room right of it up to the first later mark in its label's line. */
function fitLabels(marks: LaneMark[], plotWidth: number) {
  marks.forEach((mark, at) => {
    if (mark.type !== "item") return;
    let end = plotWidth;
    // Marks come in order of x: the first later one in the label's line ends its room.
    for (let next = at + 1; next < marks.length; next += 1) {
      const later = marks[next];
      if (!later || later.x >= end) break;
      const clearance = later.type === "item" ? CLEARS_ITEM : CLEARS_CLUSTER;
      if (later.x > mark.x && Math.abs(later.y - mark.y) < clearance) end = later.x;
    }
    mark.labelWidth = Math.max(0, end - mark.x - LABEL_GAP);
  });
}
