import type { LaneLayout } from "@/domain/timeline/layout-timeline";

/**
 * Below this many marks the timeline draws every lane: cheap, and nothing appears late while
 * scrolling. Above it, only lanes near the viewport get their marks (BENCHMARKS.md, "Timeline
 * rendering").
 */
export const WINDOW_ABOVE_MARKS = 400;

/** A vertical stretch of the plot, in plot coordinates (0 is the top of the axis). */
export interface Band {
  top: number;
  bottom: number;
}

/**
 * The stretch of the plot worth drawing: what the viewport shows of it, widened by `margin`
 * on both sides and snapped outwards to `step` pixels, so scrolling changes it (and redraws
 * lanes) only every `step` pixels, not every frame.
 */
export function viewportBand(
  plotTop: number,
  viewportHeight: number,
  margin: number,
  step: number,
): Band {
  const top = 0 - plotTop - margin;
  const bottom = viewportHeight - plotTop + margin;
  return { top: Math.floor(top / step) * step, bottom: Math.ceil(bottom / step) * step };
}

/** Keys of the lanes that overlap `band`, plus the lanes in `always` (focus must reach them). */
export function lanesInBand(
  lanes: readonly LaneLayout[],
  band: Band,
  always: readonly (string | null | undefined)[] = [],
): Set<string> {
  const keys = new Set<string>();
  for (const lane of lanes) {
    if (lane.top < band.bottom && lane.top + lane.height > band.top) keys.add(lane.lane.key);
  }
  for (const key of always) if (key) keys.add(key);
  return keys;
}
