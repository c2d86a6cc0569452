import { useId, useRef, useState, type ReactNode } from "react";
import { ChartCaptureContext } from "@/components/chart-figure/chart-capture";
import type { ChartSpec } from "@/core/chart-spec";
import { ExportMenu } from "@/components/chart-figure/export-menu";
import { useChartExport } from "@/components/chart-figure/use-chart-export";
import { DataTable } from "@/components/ui/data-table";
import { Button } from "@/components/ui/button";

/**
 * The frame every chart lives in: title, subtitle stating the filters, the chart, its source,
 * and a "Show data" table with the same numbers. Export lives here, once for all charts: the
 * menu exports the <svg> (or <canvas>) inside `chartRef` framed by the spec's title, subtitle,
 * legend and source, so draw the chart as SVG and keep HTML around it to controls.
 */
export function ChartFigure({ spec, children }: { spec: ChartSpec; children: ReactNode }) {
  const titleId = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const [showData, setShowData] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const { status, running, runExport, prepareExport } = useChartExport(chartRef, spec);
  return (
    <figure
      aria-labelledby={titleId}
      className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
    >
      <div className="mb-3 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={titleId} className="font-semibold">
            {spec.title}
          </h2>
          <p className="text-sm text-stone-600 dark:text-stone-400">{spec.subtitle}</p>
        </div>
        <div className="no-print flex gap-2">
          <Button
            aria-expanded={showData}
            onClick={() => setShowData((shown) => !shown)}
            size="compact"
          >
            {showData ? "Hide data" : "Show data"}
          </Button>
          <ExportMenu
            onExport={(request) => void runExport(request)}
            onOpenChange={(open) => {
              setMenuOpen(open);
              if (open) prepareExport();
            }}
          />
        </div>
      </div>
      <p
        role="status"
        className="no-print mb-2 text-xs text-stone-600 empty:mb-0 dark:text-stone-400"
      >
        {status}
      </p>
      <div ref={chartRef}>
        <ChartCaptureContext value={menuOpen || running}>{children}</ChartCaptureContext>
      </div>
      {spec.legend && spec.legend.length > 0 && (
        <ul
          aria-label="Legend"
          className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-700 dark:text-stone-300"
        >
          {spec.legend.map((entry) => (
            <li key={entry.label} className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block h-3 w-3 rounded-sm"
                style={{ backgroundColor: entry.color }}
              />
              {entry.label}
            </li>
          ))}
        </ul>
      )}
      {spec.source && (
        <figcaption className="mt-2 text-xs text-stone-500 dark:text-stone-400">
          Source: {spec.source}
        </figcaption>
      )}
      {showData && (
        <div className="mt-3">
          <DataTable caption={`Data: ${spec.title}`} table={spec.table} />
        </div>
      )}
    </figure>
  );
}
