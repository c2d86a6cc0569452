import { useMemo } from "react";
import {
  toSectorChartRows,
  type SectorAggregation,
  type SectorChartRow,
} from "@/domain/targets/aggregate-targets-by-sector";
import { layoutAxisLabels } from "@/domain/targets/layout-axis-labels";
import { TICK_FONT_SIZE, TICK_LINE_HEIGHT } from "@/components/charts/chart-tokens";
import { toSectorSeriesStyles } from "@/features/targets/target-chart-palette";

/** What the sector chart's frame and its plot both draw from, derived once per aggregation. */
export function useSectorChartModel(aggregation: SectorAggregation) {
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
  return {
    rows,
    series,
    valueOf,
    sectors,
    labels,
    isGrouped,
    /** The plot's height in pixels: a band per sector and room for the axes. */
    height: rows.length * band + 84,
    nameOf: (sectorId: string) => sectors.get(sectorId)?.nameEn ?? sectorId,
  };
}

export type SectorChartModel = ReturnType<typeof useSectorChartModel>;
