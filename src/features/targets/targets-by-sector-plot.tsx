import { Bar, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { BarPlot, focusableBarShape, valueAxisProps } from "@/components/charts/bar-plot";
import { categoryAxisProps } from "@/components/charts/category-axis";
import { ChartTooltipCard } from "@/components/charts/tooltip-card";
import { focusBarLook, pluralTargets, type TargetChartFrame } from "@/features/targets/chart-frame";
import type { SectorChartModel } from "@/features/targets/sector-chart-model";

const SECTOR_AXIS_TITLE = "Sector";

/** The bars of the sector chart: one band per sector, a bar (or segment) per series. */
export function TargetsBySectorPlot({
  model,
  width,
  frame,
  title,
}: {
  model: SectorChartModel;
  /** The width the plot's place had: drawn at it at once, then following the container. */
  width: number;
  frame: TargetChartFrame;
  /** The chart's title: the plot's accessible name. */
  title: string;
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
    <BarPlot
      data={rows}
      title={title}
      layout="horizontal-bars"
      height={model.height}
      width={width}
      margin={{ top: 24, right: 16, bottom: 24, left: 4 }}
      barCategoryGap={isGrouped ? 10 : "25%"}
      barGap={1}
      tooltip={renderTooltip}
    >
      <XAxis {...valueAxisProps("horizontal-bars", "Number of targets")} />
      <YAxis {...categoryAxisProps("sectorId", SECTOR_AXIS_TITLE, labels)} />
      {series.map((entry) => (
        <Bar
          key={entry.key}
          dataKey={valueOf.get(entry.key)}
          name={entry.label}
          stackId={isGrouped ? undefined : "targets"}
          fill={entry.color}
          isAnimationActive={false}
          shape={focusableBarShape(rows, (row) => ({
            fill: entry.color,
            label: `${nameOf(row.sectorId)}, ${entry.label}: ${pluralTargets(row.values[entry.key] ?? 0)}`,
            ...focusBarLook(frame, { sector: row.sectorId, ...entry.focus }),
          }))}
        />
      ))}
    </BarPlot>
  );
}
