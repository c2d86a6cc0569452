import { fromOrdinal, shortMonthName, toOrdinal } from "@/core/calendar-date";

/** A span of days, half-open [start, end), in day ordinals; fractions allowed while zooming. */
export interface DayRange {
  start: number;
  end: number;
}

/** Maps days to pixels across a plot `width` pixels wide. */
export interface TimeScale {
  range: DayRange;
  width: number;
  pxPerDay: number;
  toX: (day: number) => number;
  toDay: (x: number) => number;
}

export function createTimeScale(range: DayRange, width: number): TimeScale {
  const span = Math.max(range.end - range.start, Number.EPSILON);
  const pxPerDay = width / span;
  return {
    range,
    width,
    pxPerDay,
    toX: (day) => (day - range.start) * pxPerDay,
    toDay: (x) => range.start + x / pxPerDay,
  };
}

export interface Tick {
  /** The day the tick marks the start of. */
  day: number;
  label: string;
}

type Step = { unit: "day" | "week" | "month" | "year"; count: number; days: number };

const STEPS: readonly Step[] = [
  { unit: "day", count: 1, days: 1 },
  { unit: "week", count: 1, days: 7 },
  { unit: "month", count: 1, days: 30.44 },
  { unit: "month", count: 3, days: 91.3 },
  { unit: "month", count: 6, days: 182.6 },
  { unit: "year", count: 1, days: 365.25 },
  { unit: "year", count: 2, days: 730.5 },
  { unit: "year", count: 5, days: 1826 },
  { unit: "year", count: 10, days: 3652 },
  { unit: "year", count: 50, days: 18262 },
];

function* stepDays(step: Step, first: number): Generator<number> {
  const { year, month } = fromOrdinal(first);
  if (step.unit === "day" || step.unit === "week") {
    // Weeks start on Mondays; day 4 (5 January 1970) was one.
    const offset = step.unit === "week" ? (((first - 4) % 7) + 7) % 7 : 0;
    for (let day = first - offset; ; day += step.days) yield day;
  }
  if (step.unit === "month") {
    for (let at = year * 12 + month - 1 - ((month - 1) % step.count); ; at += step.count) {
      yield toOrdinal(Math.floor(at / 12), (at % 12) + 1, 1);
    }
  }
  for (let at = year - (year % step.count); ; at += step.count) yield toOrdinal(at, 1, 1);
}

function tickLabel(step: Step, day: number): string {
  const { year, month, day: date } = fromOrdinal(day);
  if (step.unit === "year") return String(year);
  if (step.unit === "month") return `${shortMonthName(month)} ${year}`;
  return `${date} ${shortMonthName(month)}`;
}

/** Calendar-aligned ticks (days, Mondays, months, quarters, years…) at least `minSpacing` px apart. */
export function timeTicks(scale: TimeScale, minSpacing = 72): Tick[] {
  const step =
    STEPS.find((candidate) => candidate.days * scale.pxPerDay >= minSpacing) ??
    STEPS[STEPS.length - 1];
  if (!step) return [];
  const first = Math.floor(scale.range.start);
  const ticks: Tick[] = [];
  for (const day of stepDays(step, first)) {
    if (day > scale.range.end) break;
    if (day >= scale.range.start) ticks.push({ day, label: tickLabel(step, day) });
  }
  return ticks;
}
