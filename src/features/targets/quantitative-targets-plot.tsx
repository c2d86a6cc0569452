import { Bar, ReferenceLine, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { BarPlot, focusableBarShape, valueAxisProps } from "@/components/charts/bar-plot";
import { categoryAxisProps } from "@/components/charts/category-axis";
import { ChartTooltipCard } from "@/components/charts/tooltip-card";
import { describeTargetQuantity } from "@/domain/targets/describe-target-quantity";
import type { TargetChartFrame } from "@/features/targets/chart-frame";
import { quantitativeBarLook } from "@/features/targets/quantitative-bar";
import { axisLabel, capitalise } from "@/features/targets/quantitative-chart-spec";
import type { QuantitativeChartModel } from "@/features/targets/quantitative-chart-model";

const TARGET_AXIS_TITLE = "Target and policy";

/** The bars of the quantitative chart: one per figure of a target, signed by its direction. */
export function QuantitativeTargetsPlot({
  model,
  unit,
  width,
  frame,
  title,
}: {
  model: QuantitativeChartModel;
  unit: string;
  /** The width the plot's place had: drawn at it at once, then following the container. */
  width: number;
  frame: TargetChartFrame;
  /** The chart's title: the plot's accessible name. */
  title: string;
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

  return (
    <BarPlot
      data={rows}
      title={title}
      layout="horizontal-bars"
      height={model.height}
      width={width}
      margin={{ top: 24, right: 24, bottom: 24, left: 4 }}
      tooltip={renderTooltip}
    >
      <XAxis
        {...valueAxisProps("horizontal-bars", axisLabel(unit))}
        allowDecimals
        domain={valueAxis.domain}
        ticks={valueAxis.ticks}
      />
      <YAxis {...categoryAxisProps("rowId", TARGET_AXIS_TITLE, labels)} />
      <ReferenceLine x={0} className="stroke-stone-500" />
      <Bar
        dataKey="signedValue"
        isAnimationActive={false}
        shape={focusableBarShape(rows, (row, shape) => quantitativeBarLook(row, shape, frame))}
      />
    </BarPlot>
  );
}
