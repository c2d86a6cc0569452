import { useState, type RefObject } from "react";
import type { ChartSpec } from "@/core/chart-spec";
import type { ExportMenuRequest } from "@/components/chart-figure/export-menu";
import { copyPngToClipboard } from "@/lib/export/clipboard";

// The export pipeline loads on first use, so pages with charts do not carry it up front.
const loadExport = () => import("@/lib/export/export-chart");

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs an export request against the chart inside `chartRef` and keeps a status message in words
 * ("Downloaded targets-by-sector_miit_2026-11-28.png", or what went wrong) for a live region.
 */
export function useChartExport(chartRef: RefObject<HTMLElement | null>, spec: ChartSpec) {
  const [status, setStatus] = useState("");
  const [running, setRunning] = useState(false);

  const runExport = async (request: ExportMenuRequest) => {
    setRunning(true);
    try {
      await exportTo(request);
    } finally {
      setRunning(false);
    }
  };

  const exportTo = async (request: ExportMenuRequest) => {
    const container = chartRef.current;
    if (!container) return;
    if (request.action === "copy") {
      setStatus("Copying the chart image…");
      const renderPng = async () =>
        (await loadExport()).renderChartPng(container, spec, request, new Date());
      setStatus(await copyPngToClipboard(renderPng));
      return;
    }
    setStatus(`Preparing the ${request.action.toUpperCase()} file…`);
    try {
      const { exportChart } = await loadExport();
      const fileName = await exportChart(container, spec, { ...request, action: request.action });
      setStatus(`Downloaded ${fileName}`);
    } catch (error) {
      setStatus(`Export failed: ${reasonOf(error)}`);
    }
  };

  const prepareExport = () => {
    const container = chartRef.current;
    if (!container) return;
    loadExport()
      .then((pipeline) => pipeline.prepareExport(container, spec))
      .catch(() => {
        // Preparing only saves time; if something is wrong, the export itself says so.
      });
  };

  return { status, running, runExport, prepareExport };
}
