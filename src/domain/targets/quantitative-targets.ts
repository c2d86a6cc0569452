import type { AddedOnDevice, Policy, Target, TargetQuantity } from "@/data/model";
import type { TargetDirection, TargetQualifier } from "@/data/schema";
import { toPolicyLabel } from "@/domain/targets/policy-label";

/** One number the quantitative chart draws: a target's figure, reductions as negative values. */
export interface QuantitativeRow {
  /** The figure's own key: a target with two figures draws two bars. */
  rowId: string;
  targetId: string;
  policyId: string;
  metric: string;
  policyLabel: string;
  direction: TargetDirection;
  qualifier: TargetQualifier | null;
  value: number;
  /** Reductions below zero, increases and levels to reach above: the diverging bar's length. */
  signedValue: number;
  unit: string;
  baselineYear: number | null;
  targetYear: number | null;
  added: AddedOnDevice | null;
}

/** Targets that share a unit: the only numbers that may share an axis. */
export interface UnitGroup {
  unit: string;
  rows: QuantitativeRow[];
}

export const PERCENT_UNIT = "percent";
const NO_UNIT = "no unit stated";

function toRow(
  target: Target,
  quantity: TargetQuantity,
  index: number,
  policy: Policy | undefined,
): QuantitativeRow {
  const { direction, value } = quantity;
  return {
    // Ids are slugs, so "#" never occurs in them.
    rowId: `${target.id}#${index + 1}`,
    targetId: target.id,
    policyId: target.policyId,
    metric: quantity.metric ?? target.text,
    policyLabel: policy ? toPolicyLabel(policy) : target.policyId,
    direction,
    qualifier: quantity.qualifier,
    value,
    signedValue: direction === "reduce" ? -value : value,
    unit: quantity.unit ?? NO_UNIT,
    baselineYear: quantity.baselineYear,
    targetYear: target.targetYear,
    added: target.added,
  };
}

/**
 * Groups the figures of the targets by unit (each figure its own row, labelled with its own
 * metric), percent first, then the units with the most figures; within a unit the largest
 * reductions come first and the largest increases last.
 */
export function groupQuantitativeTargetsByUnit(
  targets: readonly Target[],
  policies: ReadonlyMap<string, Policy>,
): UnitGroup[] {
  const groups = new Map<string, QuantitativeRow[]>();
  for (const target of targets) {
    target.quantities.forEach((quantity, index) => {
      const row = toRow(target, quantity, index, policies.get(target.policyId));
      groups.set(row.unit, [...(groups.get(row.unit) ?? []), row]);
    });
  }
  return [...groups.entries()]
    .map(([unit, rows]) => ({
      unit,
      rows: rows.sort((a, b) => a.signedValue - b.signedValue || a.metric.localeCompare(b.metric)),
    }))
    .sort(
      (a, b) =>
        Number(b.unit === PERCENT_UNIT) - Number(a.unit === PERCENT_UNIT) ||
        b.rows.length - a.rows.length ||
        a.unit.localeCompare(b.unit),
    );
}

/** The unit to draw: the one asked for when it is in view, else the first in view. */
export function pickUnitGroup(
  groups: readonly UnitGroup[],
  requested: string | null,
): UnitGroup | null {
  return groups.find((group) => group.unit === requested) ?? groups[0] ?? null;
}

/** A round step (1, 2 or 5 times a power of ten) that splits `span` into at most `count` parts. */
function niceStep(span: number, count: number): number {
  const rough = span / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((factor) => factor * power).find((step) => step >= rough) ?? rough;
}

/**
 * The value axis of a unit's chart, with round ticks: symmetric around zero when there are
 * reductions and increases, so equal changes look equal on both sides; from zero when all
 * point one way. A tenth of headroom leaves space for the value labels.
 */
export function toValueAxis(rows: readonly QuantitativeRow[]): {
  domain: [number, number];
  ticks: number[];
} {
  const largest = Math.max(0, ...rows.map((row) => Math.abs(row.signedValue))) * 1.1 || 1;
  const step = niceStep(largest, 4);
  const end = Math.ceil(largest / step) * step;
  const from = rows.some((row) => row.signedValue < 0) ? -end : 0;
  const to = rows.some((row) => row.signedValue > 0) || from === 0 ? end : 0;
  const ticks: number[] = [];
  for (let tick = from; tick <= to; tick += step) ticks.push(tick);
  return { domain: [from, to], ticks };
}

/**
 * At most `max` rows to draw, the largest numbers first chosen and then kept in axis order, so a
 * large dataset stays a readable chart; `hidden` says how many were left to the list below.
 */
export function limitDrawnRows(
  rows: readonly QuantitativeRow[],
  max: number,
): { rows: QuantitativeRow[]; hidden: number } {
  if (rows.length <= max) return { rows: [...rows], hidden: 0 };
  const kept = new Set(
    [...rows].sort((a, b) => Math.abs(b.signedValue) - Math.abs(a.signedValue)).slice(0, max),
  );
  return { rows: rows.filter((row) => kept.has(row)), hidden: rows.length - max };
}
