/**
 * Dates as briefs print them: "MAY 3, 2023", "April 14, 2023", "March 28" (a news date whose
 * year comes from the reporting period), "14 April 2023". Results are ISO day strings.
 */
import { daysInMonth, MONTH_NAMES, parseCalendarDate } from "@/core/calendar-date";

export interface MonthDay {
  month: number;
  day: number;
  year: number | null;
}

export interface Period {
  start: string;
  end: string;
}

const MONTHS = new Map<string, number>(
  MONTH_NAMES.flatMap((name, at) => [
    [name.toLowerCase(), at + 1],
    [name.slice(0, 3).toLowerCase(), at + 1],
  ]),
).set("sept", 9);

const MONTH_FIRST = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?(?:\s+(\d{4}))?$/;
const PERIOD_SEPARATOR = /\s+(?:-|–|—|to|until)\s+|\s*[–—]\s*/i;

/** "March 28", "28 March", "April 14, 2023"; null when it is not a calendar day. */
export function parseMonthDay(text: string): MonthDay | null {
  const trimmed = text.trim();
  const monthFirst = MONTH_FIRST.exec(trimmed);
  const dayFirst = monthFirst ? null : DAY_FIRST.exec(trimmed);
  const monthWord = monthFirst?.[1] ?? dayFirst?.[2];
  const dayText = monthFirst?.[2] ?? dayFirst?.[1];
  const yearText = monthFirst?.[3] ?? dayFirst?.[3];
  const month = monthWord === undefined ? undefined : MONTHS.get(monthWord.toLowerCase());
  // Stryker disable next-line ConditionalExpression: both regexes capture a day whenever they capture a month
  if (month === undefined || dayText === undefined) return null;
  const day = Number(dayText);
  const year = yearText === undefined ? null : Number(yearText);
  if (day < 1 || day > daysInMonth(year ?? 2024, month)) return null;
  return { month, day, year };
}

export function toIsoDay(year: number, month: number, day: number): string | null {
  const iso = `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
  return parseCalendarDate(iso)?.precision === "day" ? iso : null;
}

/** A full date with its year ("April 14, 2023", "14 April 2023", "2023-04-14"), as ISO. */
export function parseFullDate(text: string): string | null {
  const trimmed = text.trim().replace(/\.$/, "");
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return toIsoDay(...isoParts(trimmed));
  const parsed = parseMonthDay(trimmed);
  if (!parsed || parsed.year === null) return null;
  return toIsoDay(parsed.year, parsed.month, parsed.day);
}

/**
 * The reporting period of a header such as "MARCH 28 - APRIL 24": the period ends on or before
 * the publication day, so its years follow from the publication date when they are not printed.
 */
export function parsePeriod(text: string, publishedOn: string): Period | null {
  const sides = text.split(PERIOD_SEPARATOR);
  if (sides.length !== 2) return null;
  // Stryker disable next-line StringLiteral: unreachable fallback, there are exactly two sides
  const start = parseMonthDay(sides[0] ?? "");
  // Stryker disable next-line StringLiteral: unreachable fallback, there are exactly two sides
  const end = parseMonthDay(sides[1] ?? "");
  const [pubYear, pubMonth, pubDay] = isoParts(publishedOn);
  if (!start || !end) return null;
  const endYear = end.year ?? (compare(end, pubMonth, pubDay) <= 0 ? pubYear : pubYear - 1);
  const startYear = start.year ?? (compare(start, end.month, end.day) <= 0 ? endYear : endYear - 1);
  const startIso = toIsoDay(startYear, start.month, start.day);
  const endIso = toIsoDay(endYear, end.month, end.day);
  return startIso && endIso && startIso <= endIso ? { start: startIso, end: endIso } : null;
}

/**
 * Dates a news item's "March 28" in the year that puts it inside the reporting period; when no
 * year does, the period's last year is used and `inPeriod` is false so the caller can warn.
 */
export function dateInPeriod(
  monthDay: MonthDay,
  period: Period,
): { iso: string; inPeriod: boolean } | null {
  const years = [...new Set([isoParts(period.start)[0], isoParts(period.end)[0]])];
  const candidates = (monthDay.year === null ? years : [monthDay.year]).flatMap((year) => {
    const iso = toIsoDay(year, monthDay.month, monthDay.day);
    return iso ? [iso] : [];
  });
  const inside = candidates.find((iso) => iso >= period.start && iso <= period.end);
  if (inside) return { iso: inside, inPeriod: true };
  const fallback = candidates.at(-1);
  return fallback ? { iso: fallback, inPeriod: false } : null;
}

function compare(date: MonthDay, month: number, day: number): number {
  return date.month - month || date.day - day;
}

function isoParts(iso: string): [number, number, number] {
  const [year = 0, month = 1, day = 1] = iso.split("-").map(Number);
  return [year, month, day];
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
