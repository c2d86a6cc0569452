import type { ChartSpec } from "@/core/chart-spec";
import { describeAddedOnDevice } from "@/domain/briefs/added-on-device";
import {
  PERCENT_UNIT,
  type QuantitativeRow,
  type UnitGroup,
} from "@/domain/targets/quantitative-targets";
import type { TargetChartFrame } from "@/features/targets/chart-frame";
import { DIRECTION_STYLES } from "@/features/targets/target-chart-palette";

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The value axis title: "Percent", "Number of cities". */
export function axisLabel(unit: string): string {
  return unit === PERCENT_UNIT ? "Percent" : `Number of ${unit}`;
}

function describeUnit(unit: string): string {
  return unit === PERCENT_UNIT
    ? "Percent: reductions left of zero, increases and levels right"
    : axisLabel(unit);
}

/** Figures of briefs added on this device say so in a column, shown only when there are some. */
function toTable(rows: readonly QuantitativeRow[]): ChartSpec["table"] {
  const hasAdded = rows.some((row) => row.added);
  return {
    columns: [
      { key: "metric", label: "Metric" },
      { key: "policy", label: "Policy" },
      { key: "direction", label: "Direction" },
      { key: "qualifier", label: "Qualifier" },
      { key: "value", label: "Value", numeric: true },
      { key: "unit", label: "Unit" },
      { key: "drawn", label: "Drawn as", numeric: true },
      { key: "baselineYear", label: "Compared to" },
      { key: "targetYear", label: "Target year" },
      ...(hasAdded ? [{ key: "added", label: "Added" }] : []),
    ],
    rows: rows.map((row) => ({
      metric: capitalise(row.metric),
      policy: row.policyLabel,
      direction: DIRECTION_STYLES[row.direction].label,
      qualifier: row.qualifier,
      value: row.value,
      unit: row.unit,
      drawn: row.signedValue,
      baselineYear: row.baselineYear,
      targetYear: row.targetYear,
      ...(hasAdded && { added: row.added ? describeAddedOnDevice(row.added) : null }),
    })),
  };
}

/** Title, words and the table of exactly the numbers drawn, for the unit on show. */
export function toQuantitativeChartSpec(
  group: UnitGroup | null,
  drawn: { rows: readonly QuantitativeRow[]; hidden: number },
  frame: TargetChartFrame,
): ChartSpec {
  const { rows, hidden } = drawn;
  const limit = hidden > 0 ? ` · The ${rows.length} largest of ${rows.length + hidden}` : "";
  return {
    name: "quantitative-targets",
    title: "Quantitative targets",
    subtitle: group ? `${frame.subtitle} · ${describeUnit(group.unit)}${limit}` : frame.subtitle,
    source: frame.source,
    filterSlug: [frame.filterSlug, group?.unit.replace(/\s+/g, "-")].filter(Boolean).join("-"),
    legend: [...new Set(rows.map((row) => row.direction))].map(
      (direction) => DIRECTION_STYLES[direction],
    ),
    table: toTable(rows),
  };
}
