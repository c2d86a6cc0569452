import { ordinalToIso, toOrdinal } from "@/core/calendar-date";

/** A calendar quarter as a date-range choice: "2023 Q2", 2023-04-01 – 2023-06-30. */
export interface Quarter {
  label: string;
  from: string;
  to: string;
}

function quarterOf(ordinal: number): { year: number; quarter: number } {
  const iso = ordinalToIso(ordinal);
  return { year: Number(iso.slice(0, 4)), quarter: Math.ceil(Number(iso.slice(5, 7)) / 3) };
}

/** The quarters from the one holding day `first` to the one holding day `last`, newest first. */
export function listQuarters(first: number, last: number): Quarter[] {
  if (!Number.isFinite(first) || !Number.isFinite(last) || first > last) return [];
  const start = quarterOf(first);
  const end = quarterOf(last);
  const quarters: Quarter[] = [];
  for (let n = end.year * 4 + end.quarter - 1; n >= start.year * 4 + start.quarter - 1; n -= 1) {
    const year = Math.floor(n / 4);
    const quarter = (n % 4) + 1;
    const firstMonth = quarter * 3 - 2;
    quarters.push({
      label: `${year} Q${quarter}`,
      from: ordinalToIso(toOrdinal(year, firstMonth, 1)),
      to: ordinalToIso(toOrdinal(year, firstMonth + 3, 1) - 1),
    });
  }
  return quarters;
}
