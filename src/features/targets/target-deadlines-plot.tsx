import { Bar, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { BarPlot, focusableBarShape, valueAxisProps } from "@/components/charts/bar-plot";
import { TARGET_KIND_STYLES, TARGET_KINDS } from "@/components/charts/chart-palette";
import { AXIS_TICK, TICK_FONT_SIZE } from "@/components/charts/chart-tokens";
import { ChartTooltipCard } from "@/components/charts/tooltip-card";
import type { DeadlineRow } from "@/domain/targets/target-deadlines";
import { focusBarLook, pluralTargets, type TargetChartFrame } from "@/features/targets/chart-frame";

/** The bars of the deadlines chart: a stack per target year, by kind of target. */
export function TargetDeadlinesPlot({
  rows,
  width,
  height,
  frame,
  title,
}: {
  rows: readonly DeadlineRow[];
  /** The width the plot's place had: drawn at it at once, then following the container. */
  width: number;
  height: number;
  frame: TargetChartFrame;
  /** The chart's title: the plot's accessible name. */
  title: string;
}) {
  const renderTooltip = ({ active, label }: TooltipContentProps) => {
    const row = rows.find((candidate) => candidate.year === label);
    if (!active || !row) return null;
    return (
      <ChartTooltipCard
        title={row.label}
        lines={[
          `${TARGET_KIND_STYLES.quantitative.label}: ${row.quantitative}`,
          `${TARGET_KIND_STYLES.qualitative.label}: ${row.qualitative}`,
          `All: ${pluralTargets(row.total)}`,
        ]}
      />
    );
  };

  return (
    <BarPlot
      data={rows}
      title={title}
      layout="vertical-bars"
      height={height}
      width={width}
      margin={{ top: 8, right: 16, bottom: 24, left: 8 }}
      tooltip={renderTooltip}
    >
      <XAxis
        dataKey="year"
        interval={0}
        tickFormatter={(year: string) => rows.find((row) => row.year === year)?.label ?? year}
        tick={AXIS_TICK}
        label={{
          value: "Target year",
          position: "insideBottom",
          offset: -16,
          fontSize: TICK_FONT_SIZE,
        }}
      />
      <YAxis {...valueAxisProps("vertical-bars", "Number of targets")} />
      {TARGET_KINDS.map((kind) => (
        <Bar
          key={kind}
          dataKey={kind}
          stackId="deadline"
          maxBarSize={64}
          isAnimationActive={false}
          shape={focusableBarShape(rows, (row) => ({
            fill: TARGET_KIND_STYLES[kind].color,
            label: `${row.label}: ${pluralTargets(row[kind])} ${TARGET_KIND_STYLES[kind].label.toLowerCase()}`,
            ...focusBarLook(frame, { year: row.year, kind }),
          }))}
        />
      ))}
    </BarPlot>
  );
}
