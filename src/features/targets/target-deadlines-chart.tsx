import { ChartFigure } from "@/components/chart-figure/chart-figure";
import type { ChartSpec } from "@/core/chart-spec";
import { DeferredPart } from "@/components/deferred/deferred-part";
import { preloaded } from "@/components/deferred/preloaded";
import type { DeadlineRow } from "@/domain/targets/target-deadlines";
import type { TargetChartFrame } from "@/features/targets/chart-frame";
import { TARGET_KIND_STYLES, TARGET_KINDS } from "@/components/charts/chart-palette";

// The plot, Recharts and all, is a module of its own: the frame shows without it. The plots are
// what the Targets page is for, so their code loads with the page's, beside the data.
const loadPlot = preloaded(() => import("@/features/targets/target-deadlines-plot"));

/** Room for the years, each a bar, and the axes: the plot's height in pixels. */
const PLOT_HEIGHT = 280;

/** Targets on a time axis of target years, so what falls due when stands out. */
export function TargetDeadlinesChart({
  rows,
  frame,
}: {
  rows: readonly DeadlineRow[];
  frame: TargetChartFrame;
}) {
  const spec: ChartSpec = {
    name: "target-deadlines",
    title: "Deadlines",
    subtitle: `${frame.subtitle} · Targets by the year they fall due`,
    source: frame.source,
    filterSlug: frame.filterSlug,
    legend: TARGET_KINDS.map((kind) => TARGET_KIND_STYLES[kind]),
    table: {
      columns: [
        { key: "year", label: "Target year" },
        { key: "quantitative", label: TARGET_KIND_STYLES.quantitative.label, numeric: true },
        { key: "qualitative", label: TARGET_KIND_STYLES.qualitative.label, numeric: true },
        { key: "total", label: "All targets", numeric: true },
      ],
      rows: rows.map(({ label, quantitative, qualitative, total }) => ({
        year: label,
        quantitative,
        qualitative,
        total,
      })),
    },
  };

  return (
    <ChartFigure spec={spec}>
      <DeferredPart height={PLOT_HEIGHT} load={loadPlot}>
        {({ TargetDeadlinesPlot }, width) => (
          <TargetDeadlinesPlot
            rows={rows}
            width={width}
            height={PLOT_HEIGHT}
            frame={frame}
            title={spec.title}
          />
        )}
      </DeferredPart>
    </ChartFigure>
  );
}
