/**
 * Dates in spreadsheet cells, with the precision they are written in: 2013-01-05 or 20130105
 * (day), 2013-01 or 201301 (month), 2013 (year), "January 5, 2013", 2013年1月5日.
 */
import { parseCalendarDate } from "@/core/calendar-date";
import { parseFullDate } from "./english-dates";

const COMPACT = /^((?:19|20|21)\d{2})(\d{2})?(\d{2})?$/;
const CHINESE = /^(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?$/;

/** The ISO date (day, month or year precision) a cell holds, or null when it holds none. */
export function parseCellDate(cell: string): string | null {
  const text = cell.trim();
  if (parseCalendarDate(text)) return text;
  const compact = COMPACT.exec(text);
  const chinese = compact ? null : CHINESE.exec(text);
  const parts = compact ?? chinese;
  if (parts?.[1]) {
    const iso = [parts[1], parts[2], parts[3]]
      .filter((part) => part !== undefined)
      // Stryker disable next-line ConditionalExpression: the year always has 4 digits, which padStart(2) leaves as they are
      .map((part, at) => (at === 0 ? part : part.padStart(2, "0")))
      .join("-");
    return parseCalendarDate(iso) ? iso : null;
  }
  return parseFullDate(text);
}
