import type { Target } from "@/data/model";
import { isQuantitative } from "@/domain/targets/filter-targets";
import {
  describeTargetYearKey,
  NO_YEAR,
  toTargetYearKey,
  type TargetYearKey,
} from "@/domain/targets/target-year";

/** One year on the deadline axis: how many targets fall due then, with and without a number. */
export interface DeadlineRow {
  year: TargetYearKey;
  label: string;
  quantitative: number;
  qualitative: number;
  total: number;
}

/**
 * Targets per target year on a continuous axis of years, so gaps between deadlines show, from
 * `fromYear` (the publication year of the briefs in view) to the last deadline. Targets with no
 * year come last, as their own column.
 */
export function aggregateTargetsByDeadline(
  targets: readonly Target[],
  fromYear: number | null,
): DeadlineRow[] {
  const counts = new Map<TargetYearKey, { quantitative: number; qualitative: number }>();
  for (const target of targets) {
    const key = toTargetYearKey(target);
    const entry = counts.get(key) ?? { quantitative: 0, qualitative: 0 };
    if (isQuantitative(target)) entry.quantitative += 1;
    else entry.qualitative += 1;
    counts.set(key, entry);
  }
  const years = targets.flatMap((target) =>
    target.targetYear === null ? [] : [target.targetYear],
  );
  const keys: TargetYearKey[] = [];
  if (years.length > 0) {
    const bounds = fromYear === null ? years : [...years, fromYear];
    for (let year = Math.min(...bounds); year <= Math.max(...bounds); year += 1) {
      keys.push(`${year}`);
    }
  }
  if (counts.has(NO_YEAR)) keys.push(NO_YEAR);
  return keys.map((year) => {
    const { quantitative, qualitative } = counts.get(year) ?? { quantitative: 0, qualitative: 0 };
    return {
      year,
      label: describeTargetYearKey(year),
      quantitative,
      qualitative,
      total: quantitative + qualitative,
    };
  });
}
