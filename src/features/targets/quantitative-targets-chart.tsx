import { useMemo } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type TooltipContentProps,
} from "recharts";
import { ChartFigure } from "@/components/chart-figure/chart-figure";
import { EmptyState } from "@/components/feedback/empty-state";
import { describeTargetQuantity } from "@/domain/targets/describe-target-quantity";
import { layoutAxisLabels } from "@/domain/targets/layout-axis-labels";
import { limitDrawnRows, toValueAxis, type UnitGroup } from "@/domain/targets/quantitative-targets";
import {
  categoryAxisProps,
  TICK_FONT_SIZE,
  TICK_LINE_HEIGHT,
} from "@/features/targets/category-tick";
import type { TargetChartFrame } from "@/features/targets/chart-frame";
import { ChartTooltipCard } from "@/features/targets/chart-tooltip-card";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { QuantitativeBar } from "@/features/targets/quantitative-bar";
import {
  axisLabel,
  capitalise,
  toQuantitativeChartSpec,
} from "@/features/targets/quantitative-chart-spec";

const TARGET_AXIS_TITLE = "Target and policy";
/** More bars than this stop being readable side by side; the list below has every target. */
const MAX_BARS = 24;

interface QuantitativeTargetsChartProps {
  groups: readonly UnitGroup[];
  /** The unit drawn; null when no target in view has a number. */
  group: UnitGroup | null;
  frame: TargetChartFrame;
  onUnitChange: (unit: string) => void;
}

/**
 * The numbers of one unit side by side: reductions left of zero, increases and levels to reach
 * right of it. Units never share an axis; a choice switches between them.
 */
export function QuantitativeTargetsChart({
  groups,
  group,
  frame,
  onUnitChange,
}: QuantitativeTargetsChartProps) {
  const drawn = useMemo(() => limitDrawnRows(group?.rows ?? [], MAX_BARS), [group]);
  const { rows } = drawn;
  const valueAxis = useMemo(() => toValueAxis(rows), [rows]);
  const labels = useMemo(
    () =>
      layoutAxisLabels(
        new Map(
          rows.map((row) => [
            row.targetId,
            [
              { text: capitalise(row.metric), lang: "en", tone: "primary", maxLines: 2 },
              { text: row.policyLabel, lang: "en", tone: "secondary", maxLines: 2 },
            ] as const,
          ]),
        ),
        { maxWidth: 190, fontSize: TICK_FONT_SIZE },
      ),
    [rows],
  );
  const spec = toQuantitativeChartSpec(group, drawn, frame);

  const renderTooltip = ({ active, label }: TooltipContentProps) => {
    const row = rows.find((candidate) => candidate.targetId === label);
    if (!active || !row) return null;
    return (
      <ChartTooltipCard
        title={capitalise(row.metric)}
        lines={[
          describeTargetQuantity(row) ?? "",
          row.targetYear === null ? "No year stated" : `By ${row.targetYear}`,
          row.policyLabel,
        ]}
      />
    );
  };

  const renderBar = (props: BarShapeProps) => {
    const row = rows[props.index];
    return row ? <QuantitativeBar shape={props} row={row} frame={frame} /> : null;
  };

  return (
    <ChartFigure spec={spec}>
      {groups.length > 1 && group && (
        <ChoiceGroup
          label="Unit"
          options={groups.map(({ unit, rows: inUnit }) => ({
            value: unit,
            label: `${capitalise(unit)} (${inUnit.length})`,
          }))}
          value={group.unit}
          onChange={onUnitChange}
        />
      )}
      {group ? (
        <ResponsiveContainer
          width="100%"
          height={rows.length * Math.max(labels.maxLines * TICK_LINE_HEIGHT + 14, 40) + 84}
        >
          <BarChart
            data={rows}
            layout="vertical"
            accessibilityLayer={false}
            margin={{ top: 24, right: 24, bottom: 24, left: 4 }}
          >
            <CartesianGrid
              horizontal={false}
              strokeDasharray="3 3"
              className="stroke-stone-200 dark:stroke-stone-700"
            />
            <XAxis
              type="number"
              domain={valueAxis.domain}
              ticks={valueAxis.ticks}
              tick={{ fontSize: TICK_FONT_SIZE }}
              label={{
                value: axisLabel(group.unit),
                position: "insideBottom",
                offset: -16,
                fontSize: TICK_FONT_SIZE,
              }}
            />
            <YAxis {...categoryAxisProps("targetId", TARGET_AXIS_TITLE, labels)} />
            <ReferenceLine x={0} className="stroke-stone-500" />
            <Tooltip content={renderTooltip} cursor={{ fillOpacity: 0.08 }} />
            <Bar dataKey="signedValue" isAnimationActive={false} shape={renderBar} />
          </BarChart>
        </ResponsiveContainer>
      ) : (
        <EmptyState title="No target in view has a number">
          Widen the filters to compare values.
        </EmptyState>
      )}
    </ChartFigure>
  );
}
