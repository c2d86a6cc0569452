/*
 * The DOM half of export. Why not html-to-image (installed)? It photographs HTML through an SVG
 * <foreignObject>: every node cloned with every computed style, every web font in the document
 * embedded (Noto Sans SC alone is ~200 subsets), and text that vector tools cannot edit. Our
 * charts already are SVG, so we compose one SVG ourselves (title, legend, footer around the
 * captured chart), download it as is, and rasterise the same document with an <img> and a
 * canvas for PNG: one picture for both formats, text kept as text, a few small subsets embedded.
 */
import type { ChartSpec } from "@/core/chart-spec";
import { captureChart, chartTextRuns } from "@/lib/export/capture-chart";
import { composeExportSvg, exportTextRuns } from "@/lib/export/compose-svg";
import { toCsv } from "@/lib/export/csv";
import { embedFontCss } from "@/lib/export/embed-fonts";
import { parseFontFamilyList, type TextRun } from "@/lib/export/font-faces";
import { EXPORT_FONT_FAMILY, type ExportSettings } from "@/lib/export/export-options";
import { toExportFileName } from "@/lib/export/file-name";
import { withLightColorScheme } from "@/lib/export/light-scheme";
import { createTextMeasure } from "@/lib/export/measure-text";
import { rasteriseSvg } from "@/lib/export/rasterise";
import { saveBlob } from "@/lib/export/save-file";

export interface ExportRequest extends ExportSettings {
  action: "png" | "svg" | "csv";
}

function framingRuns(spec: ChartSpec, exportedOn: Date): TextRun[] {
  const families = parseFontFamilyList(EXPORT_FONT_FAMILY);
  return exportTextRuns(spec, exportedOn).map((run) => ({ ...run, families }));
}

/**
 * Loads what a PNG export needs (fonts to measure with, font subsets to embed) ahead of time,
 * when the export menu opens, so the export itself does not wait for them.
 */
export async function prepareExport(container: HTMLElement, spec: ChartSpec): Promise<void> {
  const framing = framingRuns(spec, new Date());
  await Promise.all([
    createTextMeasure(framing),
    embedFontCss([...framing, ...chartTextRuns(container)]),
  ]);
}

async function renderSvg(
  container: HTMLElement,
  spec: ChartSpec,
  settings: ExportSettings,
  exportedOn: Date,
  forRaster: boolean,
) {
  const framing = framingRuns(spec, exportedOn);
  // Fonts first: waiting for them after switching the theme's rules would wait for a restyle.
  const measure = await createTextMeasure(framing);
  const captured = withLightColorScheme(() => captureChart(container));
  const fontCss = forRaster ? await embedFontCss([...framing, ...captured.runs]) : undefined;
  return composeExportSvg({
    spec,
    graphics: captured.graphics,
    layout: settings.layout,
    background: settings.background,
    exportedOn,
    measure,
    fontCss,
  });
}

/** The chart as a finished PNG; measured as "export:png" for the benchmarks. */
export async function renderChartPng(
  container: HTMLElement,
  spec: ChartSpec,
  settings: ExportSettings,
  exportedOn: Date,
): Promise<Blob> {
  const start = performance.mark("export:png:start");
  const { svg, width, height } = await renderSvg(container, spec, settings, exportedOn, true);
  const png = await rasteriseSvg(svg, { width, height }, settings.density);
  performance.measure("export:png", start.name);
  return png;
}

/** Produces the requested file from the chart in `container` and downloads it; returns its name. */
export async function exportChart(
  container: HTMLElement,
  spec: ChartSpec,
  request: ExportRequest,
  exportedOn = new Date(),
): Promise<string> {
  const fileName = toExportFileName(spec, request.action, exportedOn);
  if (request.action === "csv") {
    saveBlob(new Blob([toCsv(spec.table)], { type: "text/csv;charset=utf-8" }), fileName);
  } else if (request.action === "svg") {
    const { svg } = await renderSvg(container, spec, request, exportedOn, false);
    saveBlob(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }), fileName);
  } else {
    saveBlob(await renderChartPng(container, spec, request, exportedOn), fileName);
  }
  return fileName;
}
