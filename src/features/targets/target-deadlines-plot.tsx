import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type TooltipContentProps,
} from "recharts";
import { FocusableBar } from "@/components/charts/focusable-bar";
import type { DeadlineRow } from "@/domain/targets/target-deadlines";
import { isSameFocus, type TargetKind } from "@/domain/targets/targets-view";
import { TICK_FONT_SIZE, valueGrid } from "@/features/targets/category-tick";
import { pluralTargets, type TargetChartFrame } from "@/features/targets/chart-frame";
import { ChartTooltipCard } from "@/features/targets/chart-tooltip-card";
import { KIND_STYLES, KINDS } from "@/features/targets/target-chart-palette";

/** The bars of the deadlines chart: a stack per target year, by kind of target. */
export function TargetDeadlinesPlot({
  rows,
  width,
  height,
  frame,
}: {
  rows: readonly DeadlineRow[];
  /** The width the plot's place had: drawn at it at once, then following the container. */
  width: number;
  height: number;
  frame: TargetChartFrame;
}) {
  const renderTooltip = ({ active, label }: TooltipContentProps) => {
    const row = rows.find((candidate) => candidate.year === label);
    if (!active || !row) return null;
    return (
      <ChartTooltipCard
        title={row.label}
        lines={[
          `${KIND_STYLES.quantitative.label}: ${row.quantitative}`,
          `${KIND_STYLES.qualitative.label}: ${row.qualitative}`,
          `All: ${pluralTargets(row.total)}`,
        ]}
      />
    );
  };

  const renderBar = (kind: TargetKind) => (props: BarShapeProps) => {
    const row = rows[props.index];
    if (!row) return null;
    const focus = { year: row.year, kind };
    const selected = isSameFocus(frame.focus, focus);
    return (
      <FocusableBar
        x={props.x}
        y={props.y}
        width={props.width}
        height={props.height}
        fill={KIND_STYLES[kind].color}
        label={`${row.label}: ${pluralTargets(row[kind])} ${KIND_STYLES[kind].label.toLowerCase()}`}
        selected={selected}
        dimmed={!frame.isLit(focus)}
        onSelect={() => frame.onFocus(selected ? {} : focus)}
      />
    );
  };

  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width, height }}>
      <BarChart
        data={rows}
        accessibilityLayer={false}
        margin={{ top: 8, right: 16, bottom: 24, left: 8 }}
      >
        <CartesianGrid {...valueGrid("vertical-bars")} />
        <XAxis
          dataKey="year"
          interval={0}
          tickFormatter={(year: string) => rows.find((row) => row.year === year)?.label ?? year}
          tick={{ fontSize: TICK_FONT_SIZE }}
          label={{
            value: "Target year",
            position: "insideBottom",
            offset: -16,
            fontSize: TICK_FONT_SIZE,
          }}
        />
        <YAxis
          allowDecimals={false}
          interval={0}
          tick={{ fontSize: TICK_FONT_SIZE }}
          label={{
            value: "Number of targets",
            angle: -90,
            position: "insideLeft",
            fontSize: TICK_FONT_SIZE,
            style: { textAnchor: "middle" },
          }}
        />
        <Tooltip content={renderTooltip} cursor={{ fillOpacity: 0.08 }} />
        {KINDS.map((kind) => (
          <Bar
            key={kind}
            dataKey={kind}
            stackId="deadline"
            maxBarSize={64}
            isAnimationActive={false}
            shape={renderBar(kind)}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
