import { describe, expect, it } from "vitest";
import { dateInPeriod, parseFullDate, parseMonthDay, parsePeriod, toIsoDay } from "./english-dates";

describe("english dates", () => {
  it.each([
    ["March 28", { month: 3, day: 28, year: null }],
    ["28 March", { month: 3, day: 28, year: null }],
    ["Sept. 3", { month: 9, day: 3, year: null }],
    ["APRIL 14, 2023", { month: 4, day: 14, year: 2023 }],
    ["February 29", { month: 2, day: 29, year: null }],
    ["February 30", null],
    ["March 0", null],
    ["  March 28 ", { month: 3, day: 28, year: null }],
    ["Smarch 3", null],
    ["April", null],
  ])("parseMonthDay(%j)", (text, expected) => {
    expect(parseMonthDay(text)).toEqual(expected);
  });

  it.each([
    ["April 14, 2023", "2023-04-14"],
    ["14 April 2023", "2023-04-14"],
    ["2023-04-14", "2023-04-14"],
    ["February 29, 2023", null],
    ["April 14", null],
    ["April 14, 2023.", "2023-04-14"],
    ["Apr. 14, 2023.", "2023-04-14"],
    [" 2023-04-14 ", "2023-04-14"],
    ["2023-02-30", null],
    ["02023-04-14", null],
    ["2023-04-14-05", null],
  ])("parseFullDate(%j)", (text, expected) => {
    expect(parseFullDate(text)).toBe(expected);
  });

  it.each([
    ["MARCH 28 - APRIL 24", "2023-05-03", { start: "2023-03-28", end: "2023-04-24" }],
    ["March 28 – April 24", "2023-05-03", { start: "2023-03-28", end: "2023-04-24" }],
    ["DECEMBER 1 - JANUARY 4", "2024-01-10", { start: "2023-12-01", end: "2024-01-04" }],
    ["MAY 10 - JUNE 20", "2023-05-03", { start: "2022-05-10", end: "2022-06-20" }],
    ["March 28, 2023 to April 24, 2023", "2023-05-03", { start: "2023-03-28", end: "2023-04-24" }],
    ["April 24 - March 28, 2023", "2023-05-03", { start: "2022-04-24", end: "2023-03-28" }],
    ["sometime", "2023-05-03", null],
    ["MARCH 28 - MAY 3", "2023-05-03", { start: "2023-03-28", end: "2023-05-03" }],
    ["APRIL 24 - APRIL 24", "2023-05-03", { start: "2023-04-24", end: "2023-04-24" }],
    ["April 24, 2023 - March 28, 2023", "2023-05-03", null],
    ["MARCH 28 - APRIL 10 - APRIL 24", "2023-05-03", null],
  ])("parsePeriod(%j) published %s", (text, publishedOn, expected) => {
    expect(parsePeriod(text, publishedOn)).toEqual(expected);
  });

  it("dates a news day in the year that puts it inside a period across the new year", () => {
    const period = { start: "2023-12-01", end: "2024-01-04" };
    expect(dateInPeriod({ month: 12, day: 15, year: null }, period)).toEqual({
      iso: "2023-12-15",
      inPeriod: true,
    });
    expect(dateInPeriod({ month: 1, day: 2, year: null }, period)).toEqual({
      iso: "2024-01-02",
      inPeriod: true,
    });
    expect(dateInPeriod({ month: 6, day: 1, year: null }, period)).toEqual({
      iso: "2024-06-01",
      inPeriod: false,
    });
  });

  it("dates a news day that prints its own year in that year, outside the period if need be", () => {
    const period = { start: "2023-03-28", end: "2023-04-24" };
    expect(dateInPeriod({ month: 4, day: 1, year: null }, period)).toEqual({
      iso: "2023-04-01",
      inPeriod: true,
    });
    expect(dateInPeriod({ month: 4, day: 1, year: 2022 }, period)).toEqual({
      iso: "2022-04-01",
      inPeriod: false,
    });
  });

  it.each([
    [2023, 4, 14, "2023-04-14"],
    [999, 1, 2, "0999-01-02"],
    [2023, 2, 30, null],
  ])("toIsoDay(%i, %i, %i) is %j", (year, month, day, expected) => {
    expect(toIsoDay(year, month, day)).toBe(expected);
  });
});
