import { ChartFigure } from "@/components/chart-figure/chart-figure";
import type { ChartSpec } from "@/core/chart-spec";
import { DeferredPart } from "@/components/deferred/deferred-part";
import { preloaded } from "@/components/deferred/preloaded";
import { ChoiceGroup } from "@/components/ui/choice-group";
import type { SectorAggregation } from "@/domain/targets/aggregate-targets-by-sector";
import type { SectorBreakdown } from "@/domain/targets/targets-view";
import type { TargetChartFrame } from "@/features/targets/chart-frame";
import { useSectorChartModel } from "@/features/targets/sector-chart-model";

// The plot, Recharts and all, is a module of its own: the frame shows without it. The plots are
// what the Targets page is for, so their code loads with the page's, beside the data.
const loadPlot = preloaded(() => import("@/features/targets/targets-by-sector-plot"));

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
  const model = useSectorChartModel(aggregation);
  const { rows, series, sectors, isGrouped } = model;

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
        sector: model.nameOf(row.sectorId),
        sectorZh: sectors.get(row.sectorId)?.nameZh ?? null,
        ...row.values,
        total: row.total,
      })),
    },
  };

  return (
    <ChartFigure spec={spec}>
      <ChoiceGroup
        label="Split bars by"
        options={BREAKDOWNS}
        value={aggregation.breakdown}
        onChange={onBreakdownChange}
      />
      <DeferredPart height={model.height} load={loadPlot}>
        {({ TargetsBySectorPlot }, width) => (
          <TargetsBySectorPlot model={model} width={width} frame={frame} title={spec.title} />
        )}
      </DeferredPart>
    </ChartFigure>
  );
}
