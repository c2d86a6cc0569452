/**
 * Calendar dates with precision. Policy dates are days, months or years, never instants: they are
 * kept as plain numbers so no time zone can shift them.
 */
export type DatePrecision = "day" | "month" | "year";

export interface CalendarDate {
  /** As written in the data: 2023-04-14, 2023-04 or 2023. */
  iso: string;
  precision: DatePrecision;
  year: number;
  month: number | null;
  day: number | null;
  /** Days since 1970-01-01 of the first day the date covers; sorts and positions dates. */
  ordinal: number;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MS_PER_DAY = 86_400_000;

/** Days in a month, month 1–12. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses an ISO calendar date of day, month or year precision; null when it is not one. */
export function parseCalendarDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (month === null || day < 1 || day > daysInMonth(year, month))) return null;
  const precision: DatePrecision = day !== null ? "day" : month !== null ? "month" : "year";
  return { iso: text, precision, year, month, day, ordinal: toOrdinal(year, month ?? 1, day ?? 1) };
}

export function isValidIsoDate(text: string): boolean {
  return parseCalendarDate(text) !== null;
}

/** Day ordinal (days since 1970-01-01) of a calendar day. */
export function toOrdinal(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The ISO day (YYYY-MM-DD) of a day ordinal. */
export function ordinalToIso(ordinal: number): string {
  return new Date(ordinal * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Last day ordinal that a date covers: the day itself, or the last day of its month or year. */
export function lastOrdinal(date: CalendarDate): number {
  if (date.precision === "day") return date.ordinal;
  if (date.precision === "month" && date.month !== null) {
    return toOrdinal(date.year, date.month, daysInMonth(date.year, date.month));
  }
  return toOrdinal(date.year, 12, 31);
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Human form in the brief's style: "April 14, 2023", "April 2023" or "2023". */
export function formatCalendarDate(date: CalendarDate): string {
  const monthName = date.month === null ? "" : MONTHS[date.month - 1];
  if (date.precision === "year" || !monthName) return String(date.year);
  if (date.precision === "month") return `${monthName} ${date.year}`;
  return `${monthName} ${date.day}, ${date.year}`;
}

/** Short form for dense lists: "14 Apr 2023". */
export function formatShortDate(date: CalendarDate): string {
  const monthName = date.month === null ? "" : (MONTHS[date.month - 1] ?? "").slice(0, 3);
  if (date.precision === "year" || !monthName) return String(date.year);
  if (date.precision === "month") return `${monthName} ${date.year}`;
  return `${date.day} ${monthName} ${date.year}`;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.ordinal - b.ordinal || a.iso.localeCompare(b.iso);
}

/** English month names, January first; the ingest parser reads "April 14" with them. */
export const MONTH_NAMES: readonly string[] = MONTHS;
