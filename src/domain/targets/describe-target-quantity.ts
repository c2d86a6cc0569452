import type { TargetQuantity } from "@/data/model";

type Quantity = Pick<TargetQuantity, "value" | "unit" | "qualifier" | "direction" | "baselineYear">;

const numberFormat = new Intl.NumberFormat("en-US");

/** "more than 30 percent", "about 10,000 majors". */
export function formatTargetAmount(target: Quantity): string {
  return [target.qualifier, numberFormat.format(target.value), target.unit]
    .filter((part) => part !== null)
    .join(" ");
}

/**
 * One figure of a target in words: "Reduce by more than 30 percent compared to 2020",
 * "Reach about 300 training bases".
 */
export function describeTargetQuantity(target: Quantity): string {
  const amount = formatTargetAmount(target);
  const change =
    target.direction === "reduce"
      ? `Reduce by ${amount}`
      : target.direction === "increase"
        ? `Increase by ${amount}`
        : `Reach ${amount}`;
  return target.baselineYear === null ? change : `${change} compared to ${target.baselineYear}`;
}

const QUALIFIER_SIGNS: Record<NonNullable<TargetQuantity["qualifier"]>, string> = {
  "more than": ">",
  over: ">",
  about: "≈",
  "at least": "≥",
  "up to": "≤",
  "less than": "<",
};

/** A bar label that fits beside a bar: "> 30%", "≈ 10,000"; the unit is on the axis. */
export function formatCompactAmount(target: Pick<TargetQuantity, "qualifier" | "unit" | "value">) {
  const number = `${numberFormat.format(target.value)}${target.unit === "percent" ? "%" : ""}`;
  return target.qualifier ? `${QUALIFIER_SIGNS[target.qualifier]} ${number}` : number;
}
