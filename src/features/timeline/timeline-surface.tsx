/*
 * The swimlane chart as SVG, drawing only the marks the pure layout returns for the visible
 * range, and on a large chart only in lanes near the viewport. Why SVG, how the DOM stays bounded and what a frame costs: BENCHMARKS.md, "Timeline
 * rendering".
 */
import { useId, useMemo, useRef, useState, type ReactNode } from "react";
import { useChartCapture } from "@/components/chart-figure/chart-capture";
import type { DocumentIndex } from "@/domain/documents/document-index";
import { familyMentionIds } from "@/domain/timeline/document-marks";
import { headerKey } from "@/domain/timeline/keyboard-nav";
import { lanesInBand, WINDOW_ABOVE_MARKS } from "@/domain/timeline/lane-window";
import type { TimelineLayout } from "@/domain/timeline/layout-timeline";
import type { DayRange } from "@/domain/timeline/time-scale";
import type { RangeLimits } from "@/domain/timeline/visible-range";
import { HoverCard } from "@/features/timeline/hover-card";
import { LABEL_WIDTH, TimelineLaneRow } from "@/features/timeline/timeline-lane-row";
import {
  keyOfEvent,
  useTimelineKeys,
  type MarkTarget,
} from "@/features/timeline/use-timeline-keys";
import { useViewportBand } from "@/features/timeline/use-viewport-band";

function connectorPath(layout: TimelineLayout, policyId: string | null): string | null {
  if (!policyId) return null;
  const points = layout.lanes.flatMap((lane) =>
    lane.marks.flatMap((mark) =>
      mark.type === "item" && mark.entry.policy.id === policyId
        ? [`${LABEL_WIDTH + mark.x} ${lane.top + mark.y}`]
        : [],
    ),
  );
  return points.length > 1 ? `M${points.join(" L")}` : null;
}

/** Within each lane, a line through the marks of every stage of the policy's family. */
function familyPath(
  layout: TimelineLayout,
  policyId: string | null,
  documents: DocumentIndex | null,
): string | null {
  if (!policyId || !documents) return null;
  const stages = new Set(familyMentionIds(policyId, documents));
  if (stages.size === 0) return null;
  const lines = layout.lanes.flatMap((lane) => {
    const points = lane.marks.flatMap((mark) =>
      mark.type === "item" && stages.has(mark.entry.policy.id)
        ? [`${LABEL_WIDTH + mark.x} ${lane.top + mark.y}`]
        : [],
    );
    return points.length > 1 ? [`M${points.join(" L")}`] : [];
  });
  return lines.length > 0 ? lines.join("") : null;
}

export interface TimelineSurfaceProps {
  layout: TimelineLayout;
  limits: RangeLimits;
  label: string;
  selectedId: string | null;
  pinned: ReadonlySet<string>;
  /** The dataset's documents: marks name their mentions and stages, and a family's stages link. */
  documents?: DocumentIndex | null;
  /** An item, a lane header or a cluster was clicked or activated by key. */
  onActivate: (target: MarkTarget) => void;
  onRange: (range: DayRange | null) => void;
  onEscape: () => void;
  overlay?: ReactNode;
}

export function TimelineSurface({
  layout,
  limits,
  label,
  selectedId,
  pinned,
  documents = null,
  onActivate,
  onRange,
  onEscape,
  overlay,
}: TimelineSurfaceProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const clipId = `timeline-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [hoverKey, setHoverKey] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const plotWidth = layout.scale.width;
  const width = LABEL_WIDTH + plotWidth;

  const index = useMemo(() => {
    const map = new Map<string, MarkTarget>();
    for (const lane of layout.lanes) {
      map.set(headerKey(lane.lane.key), { lane, mark: null });
      for (const mark of lane.marks) map.set(mark.key, { lane, mark });
    }
    return map;
  }, [layout]);

  const { onKeyDown, activate } = useTimelineKeys({
    svgRef,
    layout,
    index,
    limits,
    onActivate: (key) => {
      const target = index.get(key);
      if (target) onActivate(target);
    },
    onRange,
    onEscape,
    reveal: setActiveKey,
  });

  const firstLane = layout.lanes[0];
  const selectedKey = [...index.entries()].find(
    ([, target]) => target.mark?.type === "item" && target.mark.entry.policy.id === selectedId,
  )?.[0];
  const tabbableKey =
    activeKey !== null && index.has(activeKey)
      ? activeKey
      : (selectedKey ??
        firstLane?.marks[0]?.key ??
        (firstLane ? headerKey(firstLane.lane.key) : null));
  const tabbableLane = tabbableKey === null ? null : index.get(tabbableKey)?.lane.lane.key;

  // Export captures this DOM, so it gets every lane; the lane holding the tab stop is always
  // drawn, so Tab and the arrow keys always find their target.
  const capturing = useChartCapture();
  const windowed = layout.markCount > WINDOW_ABOVE_MARKS && !capturing;
  const band = useViewportBand(svgRef, windowed);
  const drawn = useMemo(
    () => (windowed ? lanesInBand(layout.lanes, band, [tabbableLane]) : null),
    [windowed, layout.lanes, band, tabbableLane],
  );

  const shownKey = hoverKey ?? focusKey;
  const shown = shownKey === null ? undefined : index.get(shownKey);
  const highlighted = shown?.mark?.type === "item" ? shown.mark.entry.policy.id : null;
  const connector = connectorPath(layout, highlighted ?? selectedId);
  const stageLinks = familyPath(layout, highlighted ?? selectedId, documents);

  return (
    <div className="relative">
      <svg
        ref={svgRef}
        width={width}
        height={layout.height}
        viewBox={`0 0 ${width} ${layout.height}`}
        role="group"
        aria-label={label}
        className="block select-none text-stone-900 dark:text-stone-50"
        onClick={(event) => {
          const key = keyOfEvent(event);
          if (key !== null) activate(key);
        }}
        onKeyDown={onKeyDown}
        onPointerOver={(event) => setHoverKey(keyOfEvent(event))}
        onPointerLeave={() => setHoverKey(null)}
        onFocus={(event) => {
          const key = keyOfEvent(event);
          setFocusKey(key);
          if (key !== null) setActiveKey(key);
        }}
        onBlur={(event) => {
          if (
            !(event.relatedTarget instanceof Node) ||
            !svgRef.current?.contains(event.relatedTarget)
          ) {
            setFocusKey(null);
          }
        }}
      >
        <defs>
          <clipPath id={clipId}>
            <rect width={plotWidth} height={layout.lanes[0]?.height ?? 0} />
          </clipPath>
        </defs>
        <g aria-hidden="true">
          {layout.ticks.map((tick) => {
            const x = LABEL_WIDTH + layout.scale.toX(tick.day);
            return (
              <g key={tick.day} transform={`translate(${x} 0)`}>
                <line
                  y1={18}
                  y2={layout.height}
                  className="stroke-stone-200 dark:stroke-stone-700"
                />
                <text x={4} y={14} className="fill-stone-600 text-[11px] dark:fill-stone-400">
                  {tick.label}
                </text>
              </g>
            );
          })}
        </g>
        {layout.lanes.map((lane, at) => (
          <TimelineLaneRow
            key={lane.lane.key}
            lane={lane}
            striped={at % 2 === 0}
            pinned={pinned.has(lane.lane.key)}
            drawMarks={drawn?.has(lane.lane.key) ?? true}
            plotWidth={plotWidth}
            clipId={clipId}
            tabbableKey={tabbableLane === lane.lane.key ? tabbableKey : null}
            highlightId={highlighted}
            selectedId={selectedId}
            documents={documents}
          />
        ))}
        {stageLinks && (
          <path
            d={stageLinks}
            aria-hidden="true"
            fill="none"
            strokeWidth={2}
            className="pointer-events-none stroke-amber-600 dark:stroke-amber-400"
          />
        )}
        {connector && (
          <path
            d={connector}
            aria-hidden="true"
            fill="none"
            strokeDasharray="3 3"
            className="pointer-events-none stroke-stone-500 dark:stroke-stone-400"
          />
        )}
      </svg>
      {shown && (
        <HoverCard
          mark={shown.mark}
          lane={shown.lane.lane}
          left={
            shown.mark
              ? LABEL_WIDTH + shown.mark.x + (shown.mark.x > plotWidth / 2 ? -14 : 14)
              : LABEL_WIDTH
          }
          top={shown.lane.top + (shown.mark?.y ?? shown.lane.height / 2) + 10}
          flip={shown.mark !== null && shown.mark.x > plotWidth / 2}
        />
      )}
      {overlay}
    </div>
  );
}
