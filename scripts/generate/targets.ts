import type { z } from "zod";
import type { TargetQualifier, TargetSchema } from "../../src/data/schema";
import type { Random } from "./random";

export type TargetInput = z.input<typeof TargetSchema>;

/** A target sentence and the fields extracted from it (the policy and id are added later). */
export type TargetDraft = Omit<TargetInput, "id" | "policy">;

const GROWTH_METRICS = [
  "synthetic output value",
  "synthetic R&D spending",
  "synthetic export volume",
  "synthetic market share",
] as const;
const REDUCTION_METRICS = [
  "synthetic energy use per unit of output",
  "synthetic emissions",
  "synthetic production costs",
] as const;
const COUNTED_UNITS = [
  "pilot zones",
  "demonstration projects",
  "standards",
  "industrial clusters",
  "testing centres",
] as const;
const QUALIFIERS: readonly TargetQualifier[] = ["more than", "at least", "about", "up to"];

/**
 * One target with numbers where most real ones have them: a growth or reduction in percent, a
 * count to reach, a time limit on a duty, or (a quarter of the time) a qualitative goal.
 */
export function draftTarget(
  random: Random,
  sector: { id: string; nameEn: string },
  horizon: number,
): TargetDraft {
  const area = sector.nameEn.toLowerCase();
  const qualifier = random.chance(0.3) ? random.pick(QUALIFIERS) : undefined;
  const amount = (value: number) => `${qualifier ? `${qualifier} ` : ""}${value}`;
  const base = { sector: sector.id };
  const qualified = qualifier ? { qualifier } : {};
  const roll = random.next();
  if (roll < 0.3) {
    const metric = `${random.pick(GROWTH_METRICS)} in ${area}`;
    const value = random.int(5, 60);
    const year = horizon + (random.chance(0.2) ? 5 : 0);
    return {
      ...base,
      text: `Raise ${metric} by ${amount(value)} percent by ${year}`,
      targetYear: year,
      targetYearBasis: "explicit",
      quantities: [{ metric, value, unit: "percent", direction: "increase", ...qualified }],
    };
  }
  if (roll < 0.5) {
    const metric = `${random.pick(REDUCTION_METRICS)} in ${area}`;
    const value = random.int(3, 40);
    const baselineYear = horizon - 5;
    return {
      ...base,
      text: `Cut ${metric} by ${amount(value)} percent compared to ${baselineYear}`,
      targetYear: horizon,
      targetYearBasis: "horizon",
      quantities: [
        { metric, value, unit: "percent", direction: "reduce", baselineYear, ...qualified },
      ],
    };
  }
  if (roll < 0.72) {
    const unit = random.pick(COUNTED_UNITS);
    const value = random.int(10, 500);
    return {
      ...base,
      text: `Build ${amount(value)} synthetic ${unit} for ${area} by ${horizon}`,
      targetYear: horizon,
      targetYearBasis: "explicit",
      quantities: [{ metric: `synthetic ${unit}`, value, unit, direction: "reach", ...qualified }],
    };
  }
  if (roll < 0.75) {
    const months = random.int(2, 12);
    return {
      sector: sector.id,
      text: `Issue synthetic implementing rules for ${area} within ${months} months`,
      targetYear: null,
      targetYearBasis: null,
      timeLimit: {
        duty: `Issue synthetic implementing rules for ${area}`,
        amount: months,
        unit: "month",
      },
    };
  }
  return {
    sector: sector.id,
    text: `Achieve synthetic breakthroughs in ${area}`,
    targetYear: horizon,
    targetYearBasis: "horizon",
  };
}
