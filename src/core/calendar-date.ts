/**
 * Calendar dates with precision. Policy dates are days, months or years, never instants: they are
 * kept as plain numbers so no time zone can shift them.
 */
import { compareCodeUnits } from "@/core/compare-text";

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

/**
 * Years a date in the data may plausibly carry: from the People's Republic to the furthest
 * horizon policies name. Others are typos (0000, 9999) and are reported, not drawn.
 */
export const PLAUSIBLE_YEARS = { first: 1949, last: 2100 } as const;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in a month, month 1–12, in the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
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

// Plain integer arithmetic (H. Hinnant's days-from-civil), because Date.UTC reads the years
// 0–99 as 1900–1999 and so misplaces 0000-02-29 and its neighbours.
const DAYS_PER_ERA = 146_097;
const EPOCH_SHIFT = 719_468; // days from 0000-03-01 to 1970-01-01

/** Day ordinal (days since 1970-01-01) of a calendar day. */
export function toOrdinal(year: number, month: number, day: number): number {
  const shifted = month <= 2 ? year - 1 : year;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

/** The calendar day of a day ordinal. */
export function fromOrdinal(ordinal: number): { year: number; month: number; day: number } {
  const days = Math.floor(ordinal) + EPOCH_SHIFT;
  const era = Math.floor(days / DAYS_PER_ERA);
  const dayOfEra = days - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1,
  };
}

/** The ISO day (YYYY-MM-DD) of a day ordinal. */
export function ordinalToIso(ordinal: number): string {
  const { year, month, day } = fromOrdinal(ordinal);
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Whether every day the date covers lies within PLAUSIBLE_YEARS. */
export function isPlausibleDate(date: CalendarDate): boolean {
  return date.year >= PLAUSIBLE_YEARS.first && date.year <= PLAUSIBLE_YEARS.last;
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

export type DateLength = "long" | "short";

/** "Apr" for 4: the short month name of the UI's date style. */
export function shortMonthName(month: number): string {
  return (MONTHS[month - 1] ?? "").slice(0, 3);
}

/**
 * The UI's one date style, day before month: "14 April 2023" where space allows, "14 Apr 2023"
 * in dense places; a month or year date says only what it knows ("April 2023", "2023").
 */
export function formatCalendarDate(date: CalendarDate, length: DateLength = "long"): string {
  if (date.precision === "year" || date.month === null) return String(date.year);
  const monthName = length === "long" ? (MONTHS[date.month - 1] ?? "") : shortMonthName(date.month);
  if (date.precision === "month") return `${monthName} ${date.year}`;
  return `${date.day} ${monthName} ${date.year}`;
}

/** The day of an ordinal (fractions dropped) in the UI's style: "14 Apr 2023". */
export function formatOrdinal(ordinal: number, length: DateLength = "short"): string {
  return formatIsoDate(ordinalToIso(Math.floor(ordinal)), length);
}

/** The local day of an instant (when something happened on this device) in the UI's style. */
export function formatLocalDay(instant: Date, length: DateLength = "long"): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const iso = `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
  return formatIsoDate(iso, length);
}

/** An ISO date from a URL or a field ("2023-04-14") in the UI's style; other text as it is. */
export function formatIsoDate(iso: string, length: DateLength = "long"): string {
  const date = parseCalendarDate(iso);
  return date ? formatCalendarDate(date, length) : iso;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.ordinal - b.ordinal || compareCodeUnits(a.iso, b.iso);
}

const DAY_MONTH_YEAR = /^(\d{1,2})\s+([a-z]{3,})\.?,?\s+(\d{4})$/i;
const MONTH_DAY_YEAR = /^([a-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})$/i;

function monthNumber(word: string): number | null {
  const at = MONTHS.findIndex((name) => name.toLowerCase().startsWith(word.toLowerCase()));
  return at < 0 ? null : at + 1;
}

/**
 * A day typed into a date field, as an ISO day: the UI's own style ("14 Apr 2023",
 * "14 April 2023"), ISO ("2023-04-14") or "April 14, 2023"; null when it is not a real day.
 */
export function parseDayInput(text: string): string | null {
  const trimmed = text.trim();
  const iso = parseCalendarDate(trimmed);
  if (iso) return iso.precision === "day" ? iso.iso : null;
  const dayFirst = DAY_MONTH_YEAR.exec(trimmed);
  const monthFirst = dayFirst ? null : MONTH_DAY_YEAR.exec(trimmed);
  const [day, word, year] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : [];
  const month = word === undefined ? null : monthNumber(word);
  if (month === null || day === undefined || year === undefined) return null;
  const candidate = `${year}-${String(month).padStart(2, "0")}-${day.padStart(2, "0")}`;
  return parseCalendarDate(candidate)?.iso ?? null;
}

/** English month names, January first; the ingest parser reads "April 14" with them. */
export const MONTH_NAMES: readonly string[] = MONTHS;
