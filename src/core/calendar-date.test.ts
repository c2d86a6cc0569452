import { describe, expect, it } from "vitest";
import {
  daysInMonth,
  formatCalendarDate,
  formatIsoDate,
  formatOrdinal,
  fromOrdinal,
  isPlausibleDate,
  lastOrdinal,
  ordinalToIso,
  parseCalendarDate,
  parseDayInput,
  toOrdinal,
} from "@/core/calendar-date";

describe("the UI's one date style", () => {
  it.each([
    ["2023-04-14", "14 April 2023", "14 Apr 2023"],
    ["2023-05-03", "3 May 2023", "3 May 2023"],
    ["2023-09", "September 2023", "Sep 2023"],
    ["2025", "2025", "2025"],
  ])("writes %s day first, long %j and short %j", (iso, long, short) => {
    expect(formatIsoDate(iso)).toBe(long);
    expect(formatIsoDate(iso, "short")).toBe(short);
  });

  it("writes a day ordinal in the short form", () => {
    expect(formatOrdinal(toOrdinal(2023, 4, 14) + 0.6)).toBe("14 Apr 2023");
  });
});

describe("parseDayInput", () => {
  it.each([
    ["14 Apr 2023", "2023-04-14"],
    ["14 april 2023", "2023-04-14"],
    [" 1 Sept. 2023 ", "2023-09-01"],
    ["2023-04-14", "2023-04-14"],
    ["April 14, 2023", "2023-04-14"],
  ])("reads %j as %s", (text, iso) => {
    expect(parseDayInput(text)).toBe(iso);
  });

  it.each(["30 Feb 2023", "14 Foo 2023", "2023-04", "14/04/2023", "14 Apr", ""])(
    "refuses %j",
    (text) => {
      expect(parseDayInput(text)).toBeNull();
    },
  );
});

describe("parseCalendarDate", () => {
  it.each([
    ["2023-04-14", "day", "14 April 2023"],
    ["2023-04", "month", "April 2023"],
    ["2023", "year", "2023"],
  ])("reads %s with %s precision", (iso, precision, formatted) => {
    const date = parseCalendarDate(iso);
    expect(date?.precision).toBe(precision);
    expect(date && formatCalendarDate(date)).toBe(formatted);
  });

  it.each(["April 6", "2023-02-30", "2023-13", "23-04-01", "2023-4-1", ""])(
    "rejects %j",
    (text) => {
      expect(parseCalendarDate(text)).toBeNull();
    },
  );

  it("never shifts a day by the time zone", () => {
    const date = parseCalendarDate("2023-04-14");
    expect(date && ordinalToIso(date.ordinal)).toBe("2023-04-14");
  });

  it("covers the whole month or year for coarser dates", () => {
    const month = parseCalendarDate("2024-02");
    expect(month && ordinalToIso(lastOrdinal(month))).toBe("2024-02-29");
    const year = parseCalendarDate("2016");
    expect(year && ordinalToIso(lastOrdinal(year))).toBe("2016-12-31");
  });
});

describe("calendar arithmetic over the years 0000–9999", () => {
  it.each(["0000-02-29", "0004-02-29", "0099-12-31", "0100-03-01", "1600-02-29", "9999-12-31"])(
    "reads %s and maps it to a day and back",
    (iso) => {
      const date = parseCalendarDate(iso);
      expect(date?.iso).toBe(iso);
      expect(date && ordinalToIso(date.ordinal)).toBe(iso);
    },
  );

  it.each(["0100-02-29", "1900-02-29", "0001-02-29"])("rejects the non-leap day %s", (iso) => {
    expect(parseCalendarDate(iso)).toBeNull();
  });

  it.each([
    [1970, 1, 1, 0],
    [2000, 3, 1, 11_017],
    [0, 1, 1, -719_528],
    [99, 12, 31, -683_004],
  ])("puts %i-%i-%i at day %i", (year, month, day, ordinal) => {
    expect(toOrdinal(year, month, day)).toBe(ordinal);
    expect(fromOrdinal(ordinal)).toEqual({ year, month, day });
  });

  it.each([
    [0, 2, 29],
    [99, 2, 28],
    [2024, 2, 29],
    [2023, 4, 30],
  ])("knows %i-%i has %i days", (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe("isPlausibleDate", () => {
  it.each([
    ["1949-10-01", true],
    ["2100", true],
    ["1948-12-31", false],
    ["2101-01", false],
    ["0000-02-29", false],
    ["9999", false],
  ])("judges %s plausible: %s", (iso, expected) => {
    const date = parseCalendarDate(iso);
    expect(date && isPlausibleDate(date)).toBe(expected);
  });
});
