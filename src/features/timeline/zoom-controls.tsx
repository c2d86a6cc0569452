import type { DayRange } from "@/domain/timeline/time-scale";
import {
  panRange,
  periodRange,
  toIsoRange,
  zoomRange,
  type Period,
  type RangeLimits,
} from "@/domain/timeline/visible-range";
import { describeRange } from "@/features/timeline/timeline-specs";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";

const PERIODS: { value: Period | "fit"; label: string }[] = [
  { value: "month", label: "Month" },
  { value: "quarter", label: "Quarter" },
  { value: "year", label: "Year" },
  { value: "fit", label: "Fit all" },
];

function sameDays(a: DayRange, b: DayRange): boolean {
  const x = toIsoRange(a);
  const y = toIsoRange(b);
  return x.start === y.start && x.end === y.end;
}

/** On-screen zoom and pan, quick ranges and "fit all"; each press is one step in the history. */
export function ZoomControls({
  range,
  fit,
  extent,
  limits,
  onRange,
}: {
  range: DayRange;
  fit: DayRange;
  /** Days the filtered policies cover. */
  extent: DayRange;
  limits: RangeLimits;
  onRange: (range: DayRange | null) => void;
}) {
  const middle = (range.start + range.end) / 2;
  const span = range.end - range.start;
  // From a view of everything, "Month" means the latest month; zoomed in, the one in view.
  const showsAll = range.start <= extent.start && range.end >= extent.end;
  const anchor = showsAll ? extent.end - 1 : middle;
  const toRange = (value: Period | "fit") => (value === "fit" ? fit : periodRange(value, anchor));
  return (
    <div className="no-print mb-3 flex flex-wrap items-center gap-x-4 gap-y-2">
      <div role="group" aria-label="Zoom and pan" className="flex gap-1">
        <Button size="compact" onClick={() => onRange(zoomRange(range, 0.5, middle, limits))}>
          <span aria-hidden="true">+ </span>Zoom in
        </Button>
        <Button size="compact" onClick={() => onRange(zoomRange(range, 2, middle, limits))}>
          <span aria-hidden="true">− </span>Zoom out
        </Button>
        <Button size="compact" onClick={() => onRange(panRange(range, -span / 2, limits))}>
          <span aria-hidden="true">← </span>Earlier
        </Button>
        <Button size="compact" onClick={() => onRange(panRange(range, span / 2, limits))}>
          Later<span aria-hidden="true"> →</span>
        </Button>
      </div>
      <ChoiceGroup
        label="Show a period"
        className=""
        options={PERIODS}
        value={PERIODS.find(({ value }) => sameDays(range, toRange(value)))?.value ?? null}
        onChange={(value) => onRange(value === "fit" ? null : toRange(value))}
      />
      <p className="text-sm text-stone-600 tabular-nums dark:text-stone-400">
        Showing {describeRange(range)}
      </p>
    </div>
  );
}
