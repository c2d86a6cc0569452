import type { ChartSpec } from "@/core/chart-spec";
import {
  APP_NAME,
  EXPORT_FONT_FAMILY,
  EXPORT_SIZES,
  type ExportBackground,
  type ExportLayout,
} from "@/lib/export/export-options";
import { toLocalIsoDate } from "@/lib/export/file-name";
import { escapeXml, langAttributes, toValidXml } from "@/lib/export/svg-markup";
import { layoutLegend, layoutLines, type TextStyle } from "@/lib/export/text-layout";
import { estimateTextWidth, type MeasureText } from "@/lib/export/wrap-text";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One captured piece of the chart: an <svg> or <image> element placed at `box` (page pixels). */
export interface ChartGraphic {
  box: Box;
  markup: string;
}

export interface ComposeInput {
  spec: Pick<ChartSpec, "title" | "subtitle" | "source" | "legend">;
  graphics: readonly ChartGraphic[];
  layout: ExportLayout;
  background: ExportBackground;
  exportedOn: Date;
  measure?: MeasureText;
  /** @font-face rules with embedded fonts, for rasterising; a standalone SVG references fonts. */
  fontCss?: string;
}

const MARGIN = 40;
const GAP = 16;
// The chart keeps at least this share of the height; text shrinks step by step to leave it room.
const MIN_CHART_SHARE = 0.45;
const FONT_SCALES = [1, 0.9, 0.8, 0.7, 0.6];
const STYLES = {
  title: { size: 30, weight: 700, lineHeight: 1.2, color: "#1c1917" },
  subtitle: { size: 19, weight: 400, lineHeight: 1.35, color: "#57534e" },
  legend: { size: 15, weight: 400, lineHeight: 1.5, color: "#44403c" },
  footer: { size: 13, weight: 400, lineHeight: 1.45, color: "#78716c" },
} satisfies Record<string, TextStyle>;

function scaled(style: TextStyle, factor: number): TextStyle {
  return { ...style, size: Math.round(style.size * factor * 10) / 10 };
}

/** The texts the composition adds around the chart, by weight: what fonts must cover. */
export function exportTextRuns(
  spec: ComposeInput["spec"],
  exportedOn: Date,
): { text: string; weight: number }[] {
  return [
    { text: spec.title, weight: STYLES.title.weight },
    {
      text: [
        spec.subtitle,
        ...(spec.legend ?? []).map((e) => e.label),
        footerLines(spec, exportedOn),
      ]
        .flat()
        .join(" "),
      weight: STYLES.subtitle.weight,
    },
  ];
}

function footerLines(spec: ComposeInput["spec"], exportedOn: Date): string[] {
  const made = `${APP_NAME} · Exported ${toLocalIsoDate(exportedOn)}`;
  return spec.source.trim() ? [`Source: ${spec.source.trim()}`, made] : [made];
}

function unionBox(boxes: readonly Box[]): Box {
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function chartMarkup(graphics: readonly ChartGraphic[], area: Box): string {
  if (graphics.length === 0) return "";
  const union = unionBox(graphics.map((g) => g.box));
  return `<svg x="${area.x}" y="${area.y}" width="${area.width}" height="${area.height}" viewBox="${union.x} ${union.y} ${union.width} ${union.height}" preserveAspectRatio="xMidYMin meet">${graphics.map((g) => g.markup).join("")}</svg>`;
}

/** Title, subtitle, legend, chart and footer at one text size; returns how tall the chart gets. */
function layoutFrame(input: ComposeInput, factor: number): { markup: string; chartHeight: number } {
  const { spec, measure = estimateTextWidth } = input;
  const { width, height } = EXPORT_SIZES[input.layout];
  const textWidth = width - 2 * MARGIN;
  const block = (lines: readonly string[], style: TextStyle, top: number) =>
    layoutLines(lines, scaled(style, factor), MARGIN, top, textWidth, measure);
  const title = block([spec.title], STYLES.title, MARGIN);
  const subtitle = block([spec.subtitle], STYLES.subtitle, title.bottom + 6 * factor);
  const legendStyle = scaled(STYLES.legend, factor);
  const legendTop = subtitle.bottom + GAP * factor;
  const legend = layoutLegend(
    spec.legend ?? [],
    legendStyle,
    MARGIN,
    legendTop,
    textWidth,
    measure,
  );
  const footerLinesToDraw = footerLines(spec, input.exportedOn);
  const footerHeight = block(footerLinesToDraw, STYLES.footer, 0).bottom;
  const footerTop = height - MARGIN * 0.75 - footerHeight;
  const rule = footerTop - GAP * 0.75;
  const chartTop = legend.bottom + GAP;
  const area = { x: MARGIN, y: chartTop, width: textWidth, height: rule - GAP * 0.75 - chartTop };
  const markup = [
    title.markup,
    subtitle.markup,
    legend.markup,
    chartMarkup(input.graphics, area),
    `<line x1="${MARGIN}" x2="${width - MARGIN}" y1="${rule}" y2="${rule}" stroke="#d6d3d1" stroke-width="1"/>`,
    block(footerLinesToDraw, STYLES.footer, footerTop).markup,
  ].join("");
  return { markup, chartHeight: area.height };
}

/**
 * The finished export as a standalone SVG document of a fixed size: title, subtitle (the active
 * filters), legend, the captured chart scaled to fit the space left, and a footer with source,
 * app name and export date. Text stays text; long texts wrap (and shrink if they must) so that
 * nothing is clipped.
 */
export function composeExportSvg(input: ComposeInput): {
  svg: string;
  width: number;
  height: number;
} {
  const { spec, layout, background } = input;
  const { width, height } = EXPORT_SIZES[layout];
  let frame = layoutFrame(input, 1);
  for (const factor of FONT_SCALES.slice(1)) {
    if (frame.chartHeight >= height * MIN_CHART_SHARE) break;
    frame = layoutFrame(input, factor);
  }
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" lang="en" xml:lang="en" font-family="${escapeXml(EXPORT_FONT_FAMILY)}">`,
    `<title${langAttributes(spec.title)}>${escapeXml(spec.title)}</title>`,
    `<desc${langAttributes(spec.subtitle)}>${escapeXml(spec.subtitle)}</desc>`,
    input.fontCss ? `<style>${input.fontCss}</style>` : "",
    background === "white" ? `<rect width="${width}" height="${height}" fill="#ffffff"/>` : "",
    frame.markup,
    "</svg>",
  ].join("");
  return { svg: toValidXml(svg), width, height };
}
