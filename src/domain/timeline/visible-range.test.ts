import { describe, expect, it } from "vitest";
import { toOrdinal } from "@/core/calendar-date";
import {
  clampRange,
  ensureVisible,
  focusRange,
  fitRange,
  fromIsoRange,
  MIN_SPAN_DAYS,
  panRange,
  periodRange,
  rangeLimits,
  toIsoRange,
  zoomRange,
} from "@/domain/timeline/visible-range";

const day = (y: number, m: number, d: number) => toOrdinal(y, m, d);
const april = { start: day(2023, 4, 1), end: day(2023, 5, 1) };
const limits = rangeLimits({ start: day(2023, 3, 28), end: day(2023, 4, 25) });

describe("visible ranges", () => {
  it("fits the data with room at both ends, never under a month", () => {
    const fitted = fitRange({ start: day(2023, 4, 14), end: day(2023, 4, 15) });
    expect(fitted.end - fitted.start).toBeCloseTo(31);
    const wide = fitRange(april);
    expect(wide.start).toBeLessThan(april.start);
    expect(wide.end).toBeGreaterThan(april.end);
  });

  it("zooms around the anchor day", () => {
    const anchor = day(2023, 4, 11);
    const zoomed = zoomRange(april, 0.5, anchor, limits);
    expect(zoomed.end - zoomed.start).toBe(15);
    expect((anchor - zoomed.start) / (zoomed.end - zoomed.start)).toBeCloseTo(
      (anchor - april.start) / 30,
    );
  });

  it.each([
    ["in past a week", 0.01, MIN_SPAN_DAYS],
    ["out past twice the data", 1000, limits.maxSpan],
  ])("stops zooming %s", (_name, factor, span) => {
    const zoomed = zoomRange(april, factor, day(2023, 4, 15), limits);
    expect(zoomed.end - zoomed.start).toBeCloseTo(span);
  });

  it("pans, keeping the centre of the view within the data", () => {
    expect(panRange(april, 3, limits).start).toBe(april.start + 3);
    const far = panRange(april, 1000, limits);
    expect((far.start + far.end) / 2).toBe(limits.extent.end);
    expect(clampRange(april, limits)).toEqual(april);
  });

  it.each([
    ["month", { start: day(2023, 4, 1), end: day(2023, 5, 1) }],
    ["quarter", { start: day(2023, 4, 1), end: day(2023, 7, 1) }],
    ["year", { start: day(2023, 1, 1), end: day(2024, 1, 1) }],
  ] as const)("finds the calendar %s around a day", (period, expected) => {
    expect(periodRange(period, day(2023, 5, 31) - 30.5)).toEqual(expected);
  });

  it("zooms to three times a span, at least a week", () => {
    expect(focusRange({ start: 100, end: 102 }, limits)).toEqual({ start: 97.5, end: 104.5 });
    expect(focusRange({ start: 100, end: 130 }, limits)).toEqual({ start: 70, end: 160 });
  });

  it("leaves a range alone when the span shows, moves it to centre one that does not", () => {
    expect(ensureVisible(april, { start: april.start, end: april.start + 1 })).toBe(april);
    const moved = ensureVisible(april, { start: day(2023, 6, 10), end: day(2023, 6, 11) });
    expect(moved.end - moved.start).toBe(30);
    expect((moved.start + moved.end) / 2).toBe(day(2023, 6, 10) + 0.5);
  });

  it("writes whole inclusive days and reads them back", () => {
    expect(toIsoRange({ start: april.start + 0.3, end: april.end - 0.2 })).toEqual({
      start: "2023-04-01",
      end: "2023-04-30",
    });
    expect(fromIsoRange({ start: "2023-04-01", end: "2023-04-30" })).toEqual(april);
    expect(fromIsoRange({ start: "2023-04-30", end: "2023-04-01" })).toBeNull();
  });
});

describe("visible ranges, edges", () => {
  it("finds the month and the quarter of a mid-quarter day", () => {
    expect(periodRange("month", day(2023, 5, 15))).toEqual({
      start: day(2023, 5, 1),
      end: day(2023, 6, 1),
    });
    expect(periodRange("quarter", day(2023, 5, 15))).toEqual({
      start: day(2023, 4, 1),
      end: day(2023, 7, 1),
    });
    expect(periodRange("quarter", day(2023, 12, 31))).toEqual({
      start: day(2023, 10, 1),
      end: day(2024, 1, 1),
    });
  });

  it("leaves a range alone when the span ends on its last day", () => {
    expect(ensureVisible(april, { start: april.end - 1, end: april.end })).toBe(april);
  });

  it("moves a range whose start the span reaches before", () => {
    const span = { start: day(2023, 3, 30), end: day(2023, 4, 2) };
    // 30 March to the end of 1 April: its middle is noon on 31 March, ± 15 days.
    expect(ensureVisible(april, span)).toEqual({
      start: day(2023, 3, 31) + 0.5 - 15,
      end: day(2023, 3, 31) + 0.5 + 15,
    });
  });

  it("keeps the width for a span as wide as the view, widens it with room for a wider one", () => {
    const june = { start: day(2023, 6, 1), end: day(2023, 7, 1) };
    expect(ensureVisible(april, june)).toEqual(june);
    // Sixty days, padded by 4% each side: 2.4 days.
    const spring = { start: day(2023, 5, 1), end: day(2023, 5, 1) + 60 };
    expect(ensureVisible(april, spring)).toEqual({
      start: spring.start - 2.4,
      end: spring.end + 2.4,
    });
  });

  it("reads a one-day range", () => {
    expect(fromIsoRange({ start: "2023-04-30", end: "2023-04-30" })).toEqual({
      start: day(2023, 4, 30),
      end: day(2023, 5, 1),
    });
  });
});
