import { useEffect, useRef, type KeyboardEvent, type RefObject } from "react";
import type { LaneMark } from "@/domain/timeline/cluster-lane";
import { findMarkKey, headerKey, moveFocus, type NavKey } from "@/domain/timeline/keyboard-nav";
import type { LaneLayout, TimelineLayout } from "@/domain/timeline/layout-timeline";
import type { DayRange } from "@/domain/timeline/time-scale";
import {
  ensureVisible,
  panRange,
  zoomRange,
  type RangeLimits,
} from "@/domain/timeline/visible-range";

export interface MarkTarget {
  lane: LaneLayout;
  /** null for the lane's header. */
  mark: LaneMark | null;
}

const NAV_KEYS: Record<string, NavKey> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
  Home: "home",
  End: "end",
};

type FocusRequest = { key: string } | { laneKey: string; policyId: string };

export function keyOfEvent(event: { target: EventTarget }): string | null {
  return event.target instanceof Element
    ? (event.target.closest("[data-key]")?.getAttribute("data-key") ?? null)
    : null;
}

function requestFor(target: MarkTarget): FocusRequest {
  const { lane, mark } = target;
  if (!mark) return { key: headerKey(lane.lane.key) };
  const entry = mark.type === "item" ? mark.entry : mark.entries[0];
  return entry ? { laneKey: lane.lane.key, policyId: entry.policy.id } : { key: mark.key };
}

/**
 * The timeline's keyboard: arrows move between marks (revealing policies beyond the view),
 * Enter or Space activates one, + and − zoom around it, Shift+arrows pan, 0 fits everything,
 * Escape closes the details. Focus follows the policy it was on when the view changes.
 */
export function useTimelineKeys({
  svgRef,
  layout,
  index,
  limits,
  onActivate,
  onRange,
  onEscape,
  reveal,
}: {
  svgRef: RefObject<SVGSVGElement | null>;
  layout: TimelineLayout;
  index: ReadonlyMap<string, MarkTarget>;
  limits: RangeLimits;
  onActivate: (key: string) => void;
  onRange: (range: DayRange | null) => void;
  onEscape: () => void;
  /** Makes the mark `key` the tab stop, so a lane drawn without marks draws them. */
  reveal: (key: string) => void;
}) {
  const request = useRef<FocusRequest | null>(null);

  // After every render: the awaited mark may come with a new layout or a newly drawn lane.
  useEffect(() => {
    const pending = request.current;
    if (!pending) return;
    const key =
      "key" in pending
        ? pending.key
        : (findMarkKey(layout, pending.laneKey, pending.policyId) ??
          layout.lanes.find((lane) => lane.lane.key === pending.laneKey)?.marks[0]?.key ??
          headerKey(pending.laneKey));
    request.current = null;
    // Focus moved on (to a filter, say) while the view changed: leave it there.
    const active = document.activeElement;
    if (active && active !== document.body && !svgRef.current?.contains(active)) return;
    svgRef.current?.querySelector<SVGGElement>(`[data-key="${key}"]`)?.focus();
  });

  /** Opens an item, toggles a lane's filter, or zooms into a cluster, focus following. */
  const activate = (key: string) => {
    const target = index.get(key);
    if (target?.mark?.type === "cluster") request.current = requestFor(target);
    onActivate(key);
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const key = keyOfEvent(event);
    const target = key === null ? undefined : index.get(key);
    if (key === null || !target) return;
    const range = layout.scale.range;
    const span = range.end - range.start;
    const anchor = target.mark ? layout.scale.toDay(target.mark.x) : (range.start + range.end) / 2;
    const changeRange = (next: DayRange | null) => {
      request.current = requestFor(target);
      onRange(next);
    };
    const nav = NAV_KEYS[event.key];
    if (nav && event.shiftKey && (nav === "left" || nav === "right")) {
      changeRange(panRange(range, (nav === "left" ? -span : span) / 4, limits));
    } else if (nav) {
      const move = moveFocus(layout, key, nav);
      if (move?.type === "focus") {
        const element = svgRef.current?.querySelector<SVGGElement>(`[data-key="${move.key}"]`);
        if (element) {
          element.focus();
        } else {
          request.current = { key: move.key };
          reveal(move.key);
        }
      } else if (move?.type === "reveal") {
        request.current = { laneKey: move.laneKey, policyId: move.entry.policy.id };
        onRange(ensureVisible(range, { start: move.entry.start, end: move.entry.end }));
      }
    } else if (event.key === "+" || event.key === "=") {
      changeRange(zoomRange(range, 0.5, anchor, limits));
    } else if (event.key === "-" || event.key === "_") {
      changeRange(zoomRange(range, 2, anchor, limits));
    } else if (event.key === "0") {
      changeRange(null);
    } else if (event.key === "Enter" || event.key === " ") {
      activate(key);
    } else if (event.key === "Escape") {
      onEscape();
    } else {
      return;
    }
    event.preventDefault();
  };
  return { onKeyDown, activate };
}
