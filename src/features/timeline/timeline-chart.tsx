import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { ChartFigure } from "@/components/chart-figure/chart-figure";
import type { Brief, Policy } from "@/data/model";
import type { FilterLookup } from "@/domain/timeline/describe-filters";
import { toLaneEntry, type Lane } from "@/domain/timeline/lanes";
import { layoutTimeline, TIMELINE_LAYOUT } from "@/domain/timeline/layout-timeline";
import type { DayRange } from "@/domain/timeline/time-scale";
import type { PolicyFilter, TimelineFilters } from "@/domain/timeline/timeline-filters";
import {
  ensureVisible,
  fitRange,
  focusRange,
  fromIsoRange,
  rangeLimits,
  toIsoRange,
} from "@/domain/timeline/visible-range";
import { useInteractionMeasure } from "@/lib/perf";
import { LABEL_WIDTH } from "@/features/timeline/timeline-lane-row";
import { describeRange, toTimelineSpec } from "@/features/timeline/timeline-specs";
import type { DocumentIndex } from "@/domain/documents/document-index";
import { TimelineSurface, type TimelineSurfaceProps } from "@/features/timeline/timeline-surface";
import type { UpdateTimeline } from "@/features/timeline/use-timeline-state";
import { useVisibleRange } from "@/features/timeline/use-visible-range";
import { useZoomGestures } from "@/features/timeline/use-zoom-gestures";
import { ZoomControls } from "@/features/timeline/zoom-controls";
import { Button } from "@/components/ui/button";

export interface TimelineChartProps {
  lanes: readonly Lane[];
  /** The filtered policies, oldest first. */
  policies: readonly Policy[];
  dataExtent: DayRange;
  filteredExtent: DayRange;
  filters: TimelineFilters;
  policyFilter: PolicyFilter;
  lookup: FilterLookup;
  briefs: readonly Brief[];
  selected: Policy | null;
  documents: DocumentIndex;
  update: UpdateTimeline;
  /** An item or a lane label was clicked or activated by key. */
  onActivate: TimelineSurfaceProps["onActivate"];
  /** A cluster of one day's policies, which no zoom separates: list them instead. */
  onShowDay: (day: number) => void;
  onEscape: () => void;
}

function usePlotWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, plotWidth: Math.max(0, width - LABEL_WIDTH - 8) };
}

/** The swimlane chart with its zoom controls, in its figure frame. */
export function TimelineChart(props: TimelineChartProps) {
  const { lanes, policies, filters, selected, update } = props;
  const limits = useMemo(() => rangeLimits(props.dataExtent), [props.dataExtent]);
  const fit = useMemo(() => fitRange(props.filteredExtent), [props.filteredExtent]);
  const urlRange = filters.range ? fromIsoRange(filters.range) : null;
  // A deep link to an item (?item=…) without a range shows the item, even outside the fit.
  const committed = urlRange ?? (selected ? ensureVisible(fit, toLaneEntry(selected, true)) : fit);
  const onCommit = useCallback(
    (next: DayRange | null, history: "push" | "replace") =>
      update({ range: next ? toIsoRange(next) : null }, { replace: history === "replace" }),
    [update],
  );
  const { range, preview, commit } = useVisibleRange(committed, onCommit);
  const { ref, plotWidth } = usePlotWidth();
  const layout = useMemo(() => layoutTimeline(lanes, range, plotWidth), [lanes, range, plotWidth]);
  useInteractionMeasure("timeline:render", []);
  useInteractionMeasure("timeline:zoom", [layout]);

  const [hint, setHint] = useState(false);
  const hintTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(hintTimer.current), []);
  const gestures = useZoomGestures(ref, {
    scale: layout.scale,
    plotLeft: LABEL_WIDTH,
    axisHeight: TIMELINE_LAYOUT.axisHeight,
    limits,
    preview,
    onWheelHint: () => {
      setHint(true);
      window.clearTimeout(hintTimer.current);
      hintTimer.current = window.setTimeout(() => setHint(false), 1500);
    },
  });

  // The data table follows the range once a gesture rests, not every frame of it.
  const { start: shownFrom, end: shownTo } = toIsoRange(committed);
  const specRange = useMemo(
    () => fromIsoRange({ start: shownFrom, end: shownTo }),
    [shownFrom, shownTo],
  );
  const spec = useMemo(
    () =>
      toTimelineSpec(policies, specRange ?? fit, {
        filter: props.policyFilter,
        lookup: props.lookup,
        briefs: props.briefs,
      }),
    [policies, specRange, fit, props.policyFilter, props.lookup, props.briefs],
  );
  const pinned = useMemo(() => new Set(props.policyFilter.issuers), [props.policyFilter.issuers]);
  const label = `Policy timeline: ${policies.length} policies in ${lanes.length} issuing-body lanes, ${describeRange(range)}. Arrow keys move between policies, Enter opens one, plus and minus zoom.`;

  return (
    <ChartFigure spec={spec}>
      <ZoomControls
        range={range}
        fit={fit}
        extent={props.filteredExtent}
        limits={limits}
        onRange={commit}
      />
      <div ref={ref} className="relative touch-pan-y" {...gestures}>
        {plotWidth > 0 && (
          <TimelineSurface
            layout={layout}
            limits={limits}
            label={label}
            selectedId={selected?.id ?? null}
            pinned={pinned}
            documents={props.documents}
            onActivate={(target) => {
              const { mark } = target;
              if (mark?.type !== "cluster") props.onActivate(target);
              else if (mark.end - mark.start <= 1) props.onShowDay(mark.start);
              else commit(focusRange({ start: mark.start, end: mark.end }, limits));
            }}
            onRange={commit}
            onEscape={props.onEscape}
            overlay={
              <>
                {layout.markCount === 0 && (
                  <p className="absolute inset-x-0 top-16 mx-auto w-fit rounded-md bg-white/90 px-3 py-2 text-sm shadow dark:bg-stone-800/90">
                    No policies in this period.{" "}
                    <Button variant="link" onClick={() => commit(null)}>
                      Fit all
                    </Button>
                  </p>
                )}
                {hint && (
                  <p className="pointer-events-none absolute inset-x-0 top-10 mx-auto w-fit rounded-md bg-stone-900/85 px-3 py-2 text-sm text-white">
                    Hold Ctrl (⌘ on a Mac) and scroll to zoom, or scroll over the dates
                  </p>
                )}
              </>
            }
          />
        )}
      </div>
      <p className="no-print mt-2 text-xs text-stone-500 dark:text-stone-400">
        Filled marks: lead issuer; outlined: co-issuer; diamonds: Top 5; circles: policy news;
        numbers: several policies, zoom in to see them. Drag or Shift+scroll to pan. Keyboard:
        arrows move, Enter opens, + and − zoom, Shift+arrows pan, 0 fits all.
      </p>
    </ChartFigure>
  );
}
