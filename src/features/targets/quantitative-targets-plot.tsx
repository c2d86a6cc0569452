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
import { describeTargetQuantity } from "@/domain/targets/describe-target-quantity";
import { categoryAxisProps, TICK_FONT_SIZE, valueGrid } from "@/features/targets/category-tick";
import type { TargetChartFrame } from "@/features/targets/chart-frame";
import { ChartTooltipCard } from "@/features/targets/chart-tooltip-card";
import { QuantitativeBar } from "@/features/targets/quantitative-bar";
import { axisLabel, capitalise } from "@/features/targets/quantitative-chart-spec";
import type { QuantitativeChartModel } from "@/features/targets/quantitative-chart-model";

const TARGET_AXIS_TITLE = "Target and policy";

/** The bars of the quantitative chart: one per figure of a target, signed by its direction. */
export function QuantitativeTargetsPlot({
  model,
  unit,
  width,
  frame,
}: {
  model: QuantitativeChartModel;
  unit: string;
  /** The width the plot's place had: drawn at it at once, then following the container. */
  width: number;
  frame: TargetChartFrame;
}) {
  const { rows, valueAxis, labels } = model;

  const renderTooltip = ({ active, label }: TooltipContentProps) => {
    const row = rows.find((candidate) => candidate.rowId === label);
    if (!active || !row) return null;
    return (
      <ChartTooltipCard
        title={capitalise(row.metric)}
        lines={[
          describeTargetQuantity(row),
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
    <ResponsiveContainer
      width="100%"
      height={model.height}
      initialDimension={{ width, height: model.height }}
    >
      <BarChart
        data={rows}
        layout="vertical"
        accessibilityLayer={false}
        margin={{ top: 24, right: 24, bottom: 24, left: 4 }}
      >
        <CartesianGrid {...valueGrid("horizontal-bars")} />
        <XAxis
          type="number"
          domain={valueAxis.domain}
          ticks={valueAxis.ticks}
          interval={0}
          tick={{ fontSize: TICK_FONT_SIZE }}
          label={{
            value: axisLabel(unit),
            position: "insideBottom",
            offset: -16,
            fontSize: TICK_FONT_SIZE,
          }}
        />
        <YAxis {...categoryAxisProps("rowId", TARGET_AXIS_TITLE, labels)} />
        <ReferenceLine x={0} className="stroke-stone-500" />
        <Tooltip content={renderTooltip} cursor={{ fillOpacity: 0.08 }} />
        <Bar dataKey="signedValue" isAnimationActive={false} shape={renderBar} />
      </BarChart>
    </ResponsiveContainer>
  );
}
