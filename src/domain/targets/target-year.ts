import type { Target } from "@/data/model";

/** A target year as a key for URLs, series and tables: "2025", or "none" when no year is stated. */
export type TargetYearKey = `${number}` | "none";

export const NO_YEAR: TargetYearKey = "none";

/** The key of a target's year. */
export function toTargetYearKey(target: Pick<Target, "targetYear">): TargetYearKey {
  return target.targetYear === null ? NO_YEAR : `${target.targetYear}`;
}

/** Reads a year key from text ("2025", "none"); null for anything else. */
export function parseTargetYearKey(text: string): TargetYearKey | null {
  if (text === NO_YEAR) return NO_YEAR;
  return /^[12]\d{3}$/.test(text) ? `${Number(text)}` : null;
}

/** "2025", or "No year stated". */
export function describeTargetYearKey(key: TargetYearKey): string {
  return key === NO_YEAR ? "No year stated" : key;
}

/** Years in order, with "no year stated" last. */
export function compareTargetYearKeys(a: TargetYearKey, b: TargetYearKey): number {
  if (a === b) return 0;
  if (a === NO_YEAR) return 1;
  if (b === NO_YEAR) return -1;
  return Number(a) - Number(b);
}
