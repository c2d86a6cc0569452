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
import { isSameFocus } from "@/domain/targets/targets-view";
import { categoryAxisProps, TICK_FONT_SIZE, valueGrid } from "@/features/targets/category-tick";
import { pluralTargets, type TargetChartFrame } from "@/features/targets/chart-frame";
import { ChartTooltipCard } from "@/features/targets/chart-tooltip-card";
import type { SectorChartModel } from "@/features/targets/sector-chart-model";

const SECTOR_AXIS_TITLE = "Sector";

/** The bars of the sector chart: one band per sector, a bar (or segment) per series. */
export function TargetsBySectorPlot({
  model,
  width,
  frame,
}: {
  model: SectorChartModel;
  /** The width the plot's place had: drawn at it at once, then following the container. */
  width: number;
  frame: TargetChartFrame;
}) {
  const { rows, series, valueOf, labels, isGrouped, nameOf } = model;

  const renderTooltip = ({ active, label }: TooltipContentProps) => {
    const row = rows.find((candidate) => candidate.sectorId === label);
    if (!active || !row) return null;
    const parts = series
      .filter(({ key }) => (row.values[key] ?? 0) > 0)
      .map(({ key, label: name }) => `${name}: ${row.values[key] ?? 0}`);
    return (
      <ChartTooltipCard
        title={nameOf(row.sectorId)}
        lines={[...parts, `All: ${pluralTargets(row.total)}`]}
      />
    );
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
        margin={{ top: 24, right: 16, bottom: 24, left: 4 }}
        barCategoryGap={isGrouped ? 10 : "25%"}
        barGap={1}
      >
        <CartesianGrid {...valueGrid("horizontal-bars")} />
        <XAxis
          type="number"
          allowDecimals={false}
          interval={0}
          tick={{ fontSize: TICK_FONT_SIZE }}
          label={{
            value: "Number of targets",
            position: "insideBottom",
            offset: -16,
            fontSize: TICK_FONT_SIZE,
          }}
        />
        <YAxis {...categoryAxisProps("sectorId", SECTOR_AXIS_TITLE, labels)} />
        <Tooltip content={renderTooltip} cursor={{ fillOpacity: 0.08 }} />
        {series.map((entry) => (
          <Bar
            key={entry.key}
            dataKey={valueOf.get(entry.key)}
            name={entry.label}
            stackId={isGrouped ? undefined : "targets"}
            fill={entry.color}
            isAnimationActive={false}
            shape={(props: BarShapeProps) => {
              const row = rows[props.index];
              if (!row) return null;
              const focus = { sector: row.sectorId, ...entry.focus };
              const selected = isSameFocus(frame.focus, focus);
              const count = row.values[entry.key] ?? 0;
              return (
                <FocusableBar
                  x={props.x}
                  y={props.y}
                  width={props.width}
                  height={props.height}
                  fill={entry.color}
                  label={`${nameOf(row.sectorId)}, ${entry.label}: ${pluralTargets(count)}`}
                  selected={selected}
                  dimmed={!frame.isLit(focus)}
                  onSelect={() => frame.onFocus(selected ? {} : focus)}
                />
              );
            }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
