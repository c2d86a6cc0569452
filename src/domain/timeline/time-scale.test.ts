import { describe, expect, it } from "vitest";
import { toOrdinal } from "@/core/calendar-date";
import { createTimeScale, timeTicks } from "@/domain/timeline/time-scale";

const day = (y: number, m: number, d: number) => toOrdinal(y, m, d);

describe("createTimeScale", () => {
  it("maps the range onto the width and back", () => {
    const scale = createTimeScale({ start: day(2023, 4, 1), end: day(2023, 5, 1) }, 600);
    expect(scale.pxPerDay).toBe(20);
    expect(scale.toX(day(2023, 4, 1))).toBe(0);
    expect(scale.toX(day(2023, 5, 1))).toBe(600);
    expect(scale.toDay(300)).toBe(day(2023, 4, 16));
  });
});

describe("timeTicks", () => {
  it.each([
    ["days", day(2023, 4, 1), day(2023, 4, 8), 800, ["1 Apr", "2 Apr", "3 Apr"]],
    ["Mondays", day(2023, 4, 1), day(2023, 5, 1), 800, ["3 Apr", "10 Apr", "17 Apr", "24 Apr"]],
    ["months", day(2023, 1, 1), day(2023, 12, 31), 1000, ["Jan 2023", "Feb 2023"]],
    ["quarters", day(2021, 1, 1), day(2023, 12, 31), 1000, ["Jan 2021", "Apr 2021"]],
    ["years", day(2014, 1, 1), day(2024, 1, 1), 900, ["2014", "2015", "2016"]],
  ])("uses %s when they fit", (_unit, start, end, width, first) => {
    const ticks = timeTicks(createTimeScale({ start, end }, width));
    expect(ticks.slice(0, first.length).map((tick) => tick.label)).toEqual(first);
  });

  it("keeps ticks inside the range and apart", () => {
    const scale = createTimeScale({ start: day(2023, 3, 15) + 0.5, end: day(2023, 6, 2) }, 700);
    const ticks = timeTicks(scale);
    expect(ticks.every((t) => t.day >= scale.range.start && t.day <= scale.range.end)).toBe(true);
    const gaps = ticks.slice(1).map((t, at) => scale.toX(t.day) - scale.toX(ticks[at]?.day ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(72);
  });
});

describe("timeTicks from a start between ticks", () => {
  const labels = (start: number, end: number, width: number) =>
    timeTicks(createTimeScale({ start, end }, width)).map((tick) => tick.label);

  it("starts quarters at the next calendar quarter", () => {
    expect(labels(day(2021, 2, 15), day(2023, 12, 31), 1000).slice(0, 3)).toEqual([
      "Apr 2021",
      "Jul 2021",
      "Oct 2021",
    ]);
  });

  it("starts five-year steps at the next multiple of five", () => {
    expect(labels(day(2013, 6, 1), day(2043, 6, 1), 900).slice(0, 3)).toEqual([
      "2015",
      "2020",
      "2025",
    ]);
  });

  it("starts quarters at calendar quarters in any year, 2030 too", () => {
    expect(labels(day(2030, 1, 1), day(2032, 12, 31), 1000).slice(0, 3)).toEqual([
      "Jan 2030",
      "Apr 2030",
      "Jul 2030",
    ]);
  });

  it("labels a tick that falls on the range's last day", () => {
    // A year on 100 px: too narrow for half-years, so the ticks are years, 2023 and 2024.
    expect(labels(day(2023, 1, 1), day(2024, 1, 1), 100)).toEqual(["2023", "2024"]);
  });

  it("falls back to fifty-year steps when even those are closer than the spacing", () => {
    // Two centuries on 50 px: fifty years are 12.5 px apart.
    expect(labels(day(1900, 1, 1), day(2100, 1, 1), 50)).toEqual([
      "1900",
      "1950",
      "2000",
      "2050",
      "2100",
    ]);
  });

  it("keeps daily ticks when a day is exactly the least spacing wide", () => {
    expect(labels(day(2023, 4, 1), day(2023, 4, 11), 720).slice(0, 2)).toEqual(["1 Apr", "2 Apr"]);
  });
});
