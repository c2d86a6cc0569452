import type { LaneEntry } from "@/domain/timeline/lanes";
import type { LaneLayout, TimelineLayout } from "@/domain/timeline/layout-timeline";

export type NavKey = "left" | "right" | "up" | "down" | "home" | "end";

/** Where focus goes: a drawn mark or lane header, or an entry beyond the view to scroll to. */
export type NavTarget =
  { type: "focus"; key: string } | { type: "reveal"; laneKey: string; entry: LaneEntry };

/** Key of a lane's header, the first stop in its row. */
export function headerKey(laneKey: string): string {
  return `${laneKey}#header`;
}

function locate(layout: TimelineLayout, key: string): { row: number; column: number } | null {
  for (const [row, lane] of layout.lanes.entries()) {
    if (headerKey(lane.lane.key) === key) return { row, column: -1 };
    const column = lane.marks.findIndex((mark) => mark.key === key);
    if (column >= 0) return { row, column };
  }
  return null;
}

function keyAt(lane: LaneLayout, column: number): string {
  return lane.marks[column]?.key ?? headerKey(lane.lane.key);
}

function nearestColumn(lane: LaneLayout, x: number): number {
  let best = -1;
  let distance = Number.POSITIVE_INFINITY;
  lane.marks.forEach((mark, column) => {
    const d = Math.abs(mark.x - x);
    if (d < distance) {
      distance = d;
      best = column;
    }
  });
  return best;
}

/** Entries of a lane beyond the visible range on one side, nearest first. */
function beyond(lane: LaneLayout, layout: TimelineLayout, side: "left" | "right") {
  const { start, end } = layout.scale.range;
  const entries = lane.lane.entries;
  return side === "right"
    ? entries.find((entry) => entry.at > end)
    : entries.findLast((entry) => entry.at < start);
}

/**
 * Arrow-key movement over the timeline: left and right along a lane (past the last visible
 * mark it reveals the next policy), up and down to the nearest mark in the next lane, Home and
 * End to a lane's first and last mark. The lane header sits left of the first mark.
 */
export function moveFocus(layout: TimelineLayout, from: string, key: NavKey): NavTarget | null {
  const at = locate(layout, from);
  if (!at) return null;
  const lane = layout.lanes[at.row];
  if (!lane) return null;
  const focus = (target: string): NavTarget => ({ type: "focus", key: target });
  const last = lane.marks.length - 1;
  switch (key) {
    case "home":
      return focus(keyAt(lane, 0));
    case "end":
      return focus(keyAt(lane, last));
    case "left":
    case "right": {
      const column = at.column + (key === "right" ? 1 : -1);
      if (column >= -1 && column <= last) return focus(keyAt(lane, column));
      if (column < -1) return focus(from);
      const entry = beyond(lane, layout, key);
      return entry ? { type: "reveal", laneKey: lane.lane.key, entry } : focus(from);
    }
    case "up":
    case "down": {
      const next = layout.lanes[at.row + (key === "down" ? 1 : -1)];
      if (!next) return focus(from);
      if (at.column < 0) return focus(headerKey(next.lane.key));
      const x = lane.marks[at.column]?.x ?? 0;
      return focus(keyAt(next, nearestColumn(next, x)));
    }
  }
}

/** The mark that shows a policy in a lane: its own item, or the cluster it fell into. */
export function findMarkKey(layout: TimelineLayout, laneKey: string, policyId: string) {
  const lane = layout.lanes.find((candidate) => candidate.lane.key === laneKey);
  const mark = lane?.marks.find((candidate) =>
    candidate.type === "item"
      ? candidate.entry.policy.id === policyId
      : candidate.entries.some((entry) => entry.policy.id === policyId),
  );
  return mark?.key ?? null;
}
