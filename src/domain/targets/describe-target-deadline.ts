import type { Target } from "@/data/model";

const UNIT_WORDS = { day: "day", week: "week", month: "month", year: "year" } as const;

/**
 * When a target falls due, in words: "By 2025", "By 2025 (the policy's horizon)",
 * "Within 3 months", or "No year stated".
 */
export function describeTargetDeadline(
  target: Pick<Target, "targetYear" | "targetYearBasis" | "within">,
): string {
  if (target.targetYear !== null) {
    return target.targetYearBasis === "horizon"
      ? `By ${target.targetYear} (the policy's horizon)`
      : `By ${target.targetYear}`;
  }
  if (target.within) {
    const { amount, unit } = target.within;
    return `Within ${amount} ${UNIT_WORDS[unit]}${amount === 1 ? "" : "s"}`;
  }
  return "No year stated";
}
