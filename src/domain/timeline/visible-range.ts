import { daysInMonth, ordinalToIso, parseCalendarDate, toOrdinal } from "@/core/calendar-date";
import type { DayRange } from "@/domain/timeline/time-scale";

/** How far the view may zoom, and the data's extent, which the view's centre may not leave. */
export interface RangeLimits {
  minSpan: number;
  maxSpan: number;
  extent: DayRange;
}

export const MIN_SPAN_DAYS = 7;
/** Fitting never shows less than a month, so a single policy is not drawn across the screen. */
const MIN_FIT_DAYS = 31;
const FIT_PADDING = 0.04;

export type Period = "month" | "quarter" | "year";

/** A range showing all of `extent` with a little room at both ends. */
export function fitRange(extent: DayRange): DayRange {
  const span = Math.max(extent.end - extent.start, MIN_FIT_DAYS / (1 + 2 * FIT_PADDING));
  const middle = (extent.start + extent.end) / 2;
  const half = (span * (1 + 2 * FIT_PADDING)) / 2;
  return { start: middle - half, end: middle + half };
}

/** Zoom limits for data covering `extent`: from a week to twice the data's span. */
export function rangeLimits(extent: DayRange): RangeLimits {
  return {
    minSpan: MIN_SPAN_DAYS,
    maxSpan: Math.max((extent.end - extent.start) * 2, 2 * 366),
    extent,
  };
}

/** Keeps the span within the zoom limits and the centre within the data. */
export function clampRange(range: DayRange, limits: RangeLimits): DayRange {
  const span = Math.min(limits.maxSpan, Math.max(limits.minSpan, range.end - range.start));
  const middle = Math.min(
    limits.extent.end,
    Math.max(limits.extent.start, (range.start + range.end) / 2),
  );
  return { start: middle - span / 2, end: middle + span / 2 };
}

/** Zooms by `factor` (below 1 zooms in) keeping the day `anchor` where it is on screen. */
export function zoomRange(
  range: DayRange,
  factor: number,
  anchor: number,
  limits: RangeLimits,
): DayRange {
  const span = range.end - range.start;
  const next = Math.min(limits.maxSpan, Math.max(limits.minSpan, span * factor));
  const ratio = next / span;
  const start = anchor - (anchor - range.start) * ratio;
  return clampRange({ start, end: start + next }, limits);
}

export function panRange(range: DayRange, days: number, limits: RangeLimits): DayRange {
  return clampRange({ start: range.start + days, end: range.end + days }, limits);
}

/** The calendar month, quarter or year that contains `day`. */
export function periodRange(period: Period, day: number): DayRange {
  const date = parseCalendarDate(ordinalToIso(Math.floor(day)));
  const year = date?.year ?? 1970;
  const month = date?.month ?? 1;
  if (period === "year") return { start: toOrdinal(year, 1, 1), end: toOrdinal(year + 1, 1, 1) };
  const first = period === "quarter" ? month - ((month - 1) % 3) : month;
  const last = period === "quarter" ? first + 2 : first;
  return {
    start: toOrdinal(year, first, 1),
    end: toOrdinal(year, last, daysInMonth(year, last)) + 1,
  };
}

/** A range centred on `span`, three times as wide (within the zoom limits): zooming into it. */
export function focusRange(span: DayRange, limits: RangeLimits): DayRange {
  const width = Math.min(limits.maxSpan, Math.max(limits.minSpan, (span.end - span.start) * 3));
  const middle = (span.start + span.end) / 2;
  return { start: middle - width / 2, end: middle + width / 2 };
}

/** `range` moved (or widened) just enough to show all of `span`, centred if it moves. */
export function ensureVisible(range: DayRange, span: DayRange): DayRange {
  if (span.start >= range.start && span.end <= range.end) return range;
  const width = range.end - range.start;
  if (span.end - span.start > width) return fitRange(span);
  const middle = (span.start + span.end) / 2;
  return { start: middle - width / 2, end: middle + width / 2 };
}

/** The whole days a range shows, as URL values: first and last day, inclusive. */
export function toIsoRange(range: DayRange): { start: string; end: string } {
  const start = Math.floor(range.start);
  const end = Math.max(start, Math.ceil(range.end) - 1);
  return { start: ordinalToIso(start), end: ordinalToIso(end) };
}

export function fromIsoRange(range: { start: string; end: string }): DayRange | null {
  const start = parseCalendarDate(range.start);
  const end = parseCalendarDate(range.end);
  if (!start || !end || end.ordinal < start.ordinal) return null;
  return { start: start.ordinal, end: end.ordinal + 1 };
}
