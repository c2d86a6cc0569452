import type { Target } from "@/data/model";

type Quantity = Pick<Target, "value" | "unit" | "qualifier" | "direction" | "baselineYear">;

const numberFormat = new Intl.NumberFormat("en-US");

/** "more than 30 percent", "about 10,000 majors"; null for a target without a number. */
export function formatTargetAmount(target: Quantity): string | null {
  if (target.value === null) return null;
  return [target.qualifier, numberFormat.format(target.value), target.unit]
    .filter((part) => part !== null)
    .join(" ");
}

/**
 * A quantitative target in words: "Reduce by more than 30 percent compared to 2020",
 * "Reach about 300 training bases"; null for a target without a number.
 */
export function describeTargetQuantity(target: Quantity): string | null {
  const amount = formatTargetAmount(target);
  if (amount === null) return null;
  const change =
    target.direction === "reduce"
      ? `Reduce by ${amount}`
      : target.direction === "increase"
        ? `Increase by ${amount}`
        : `Reach ${amount}`;
  return target.baselineYear === null ? change : `${change} compared to ${target.baselineYear}`;
}

const QUALIFIER_SIGNS: Record<NonNullable<Target["qualifier"]>, string> = {
  "more than": ">",
  over: ">",
  about: "≈",
  "at least": "≥",
  "up to": "≤",
  "less than": "<",
};

/** A bar label that fits beside a bar: "> 30%", "≈ 10,000"; the unit is on the axis. */
export function formatCompactAmount(
  target: Pick<Target, "qualifier" | "unit"> & { value: number },
) {
  const number = `${numberFormat.format(target.value)}${target.unit === "percent" ? "%" : ""}`;
  return target.qualifier ? `${QUALIFIER_SIGNS[target.qualifier]} ${number}` : number;
}
