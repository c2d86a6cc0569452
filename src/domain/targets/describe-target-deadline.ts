import type { Target, TimeLimit } from "@/data/model";
import { countText } from "@/lib/count-text";

const UNIT_WORDS = { day: "day", week: "week", month: "month", year: "year" } as const;

/**
 * The date by which the policy wants the target met, in words: "By 2025", "By 2025 (the
 * policy's horizon)", or "No year stated". A time limit on a duty is not a deadline.
 */
export function describeTargetDeadline(
  target: Pick<Target, "targetYear" | "targetYearBasis">,
): string {
  if (target.targetYear === null) return "No year stated";
  return target.targetYearBasis === "horizon"
    ? `By ${target.targetYear} (the policy's horizon)`
    : `By ${target.targetYear}`;
}

/** "update the algorithm within 3 months" (the duty as printed), or "within 3 months". */
export function describeTimeLimit(limit: TimeLimit): string {
  const span = `within ${countText(limit.amount, UNIT_WORDS[limit.unit])}`;
  return limit.duty === null ? span : `${limit.duty} ${span}`;
}
