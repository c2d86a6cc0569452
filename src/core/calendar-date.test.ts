import { describe, expect, it } from "vitest";
import {
  formatCalendarDate,
  lastOrdinal,
  ordinalToIso,
  parseCalendarDate,
} from "@/core/calendar-date";

describe("parseCalendarDate", () => {
  it.each([
    ["2023-04-14", "day", "April 14, 2023"],
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
