import { useMemo } from "react";
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
import { ChartFigure } from "@/components/chart-figure/chart-figure";
import type { ChartSpec } from "@/components/chart-figure/chart-spec";
import {
  toSectorChartRows,
  type SectorAggregation,
  type SectorChartRow,
} from "@/domain/targets/aggregate-targets-by-sector";
import { isSameFocus, type SectorBreakdown } from "@/domain/targets/targets-view";
import { layoutAxisLabels } from "@/domain/targets/layout-axis-labels";
import {
  categoryAxisProps,
  TICK_FONT_SIZE,
  TICK_LINE_HEIGHT,
} from "@/features/targets/category-tick";
import { ChartTooltipCard } from "@/features/targets/chart-tooltip-card";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { FocusableBar } from "@/components/charts/focusable-bar";
import { pluralTargets, type TargetChartFrame } from "@/features/targets/chart-frame";
import { toSectorSeriesStyles } from "@/features/targets/target-chart-palette";

const SECTOR_AXIS_TITLE = "Sector";

const BREAKDOWNS = [
  { value: "year", label: "Target year" },
  { value: "issuer", label: "Issuing body" },
] as const;

interface TargetsBySectorChartProps {
  aggregation: SectorAggregation;
  frame: TargetChartFrame;
  onBreakdownChange: (breakdown: SectorBreakdown) => void;
}

/** Targets per sector as horizontal bars, stacked by target year or grouped by issuing body. */
export function TargetsBySectorChart({
  aggregation,
  frame,
  onBreakdownChange,
}: TargetsBySectorChartProps) {
  const rows = useMemo(() => toSectorChartRows(aggregation), [aggregation]);
  const series = useMemo(() => toSectorSeriesStyles(aggregation.series), [aggregation.series]);
  // Stable accessors: Recharts 3 re-registers a bar whose dataKey changes identity, which costs
  // the whole chart another render pass on every render.
  const valueOf = useMemo(
    () => new Map(series.map(({ key }) => [key, (row: SectorChartRow) => row.values[key] ?? 0])),
    [series],
  );
  const sectors = useMemo(
    () => new Map(aggregation.sectors.map(({ sector }) => [sector.id, sector])),
    [aggregation.sectors],
  );
  const labels = useMemo(
    () =>
      layoutAxisLabels(
        new Map(
          aggregation.sectors.map(({ sector }) => [
            sector.id,
            [
              { text: sector.nameEn, lang: "en", tone: "primary" },
              { text: sector.nameZh, lang: "zh", tone: "secondary" },
            ] as const,
          ]),
        ),
        { maxWidth: 170, fontSize: TICK_FONT_SIZE },
      ),
    [aggregation.sectors],
  );
  const isGrouped = aggregation.breakdown === "issuer";
  const band = Math.max(
    labels.maxLines * TICK_LINE_HEIGHT + 14,
    isGrouped ? series.length * 12 + 20 : 40,
  );
  const nameOf = (sectorId: string) => sectors.get(sectorId)?.nameEn ?? sectorId;

  const spec: ChartSpec = {
    name: "targets-by-sector",
    title: "Targets by sector",
    subtitle: isGrouped
      ? `${frame.subtitle} · By issuing body: a co-issued target counts for each body`
      : `${frame.subtitle} · By target year`,
    source: frame.source,
    filterSlug: frame.filterSlug,
    legend: series.map(({ label, color }) => ({ label, color })),
    table: {
      columns: [
        { key: "sector", label: "Sector" },
        { key: "sectorZh", label: "Sector (Chinese)" },
        ...series.map(({ key, label }) => ({ key, label, numeric: true })),
        { key: "total", label: "All targets", numeric: true },
      ],
      rows: rows.map((row) => ({
        sector: nameOf(row.sectorId),
        sectorZh: sectors.get(row.sectorId)?.nameZh ?? null,
        ...row.values,
        total: row.total,
      })),
    },
  };

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
    <ChartFigure spec={spec}>
      <ChoiceGroup
        label="Split bars by"
        options={BREAKDOWNS}
        value={aggregation.breakdown}
        onChange={onBreakdownChange}
      />
      <ResponsiveContainer width="100%" height={rows.length * band + 84}>
        <BarChart
          data={rows}
          layout="vertical"
          accessibilityLayer={false}
          margin={{ top: 24, right: 16, bottom: 24, left: 4 }}
          barCategoryGap={isGrouped ? 10 : "25%"}
          barGap={1}
        >
          <CartesianGrid
            horizontal={false}
            strokeDasharray="3 3"
            className="stroke-stone-200 dark:stroke-stone-700"
          />
          <XAxis
            type="number"
            allowDecimals={false}
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
    </ChartFigure>
  );
}
