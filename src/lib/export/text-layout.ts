import { escapeXml, langAttributes } from "@/lib/export/svg-markup";
import { wrapText, type MeasureText } from "@/lib/export/wrap-text";

export interface TextStyle {
  size: number;
  weight: number;
  /** Multiple of the font size. */
  lineHeight: number;
  color: string;
}

export interface TextBlock {
  markup: string;
  /** Y of the block's lower edge. */
  bottom: number;
}

const SWATCH_GAP = 8;
const ITEM_GAP = 24;

/** Alphabetic baseline of a line box: centred between Inter's ascender and descender. */
function baseline(top: number, style: TextStyle): number {
  return top + (style.size * style.lineHeight) / 2 + 0.36 * style.size;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function textElement(lines: readonly string[], x: number, top: number, style: TextStyle): string {
  const lineHeight = style.size * style.lineHeight;
  const spans = lines
    .map(
      (line, at) =>
        `<tspan x="${round(x)}" y="${round(baseline(top + at * lineHeight, style))}"${langAttributes(line)}>${escapeXml(line)}</tspan>`,
    )
    .join("");
  return `<text font-size="${style.size}" font-weight="${style.weight}" fill="${style.color}">${spans}</text>`;
}

/** Paragraphs wrapped to `width`, one <text> with a <tspan> per line, starting at `top`. */
export function layoutLines(
  paragraphs: readonly string[],
  style: TextStyle,
  x: number,
  top: number,
  width: number,
  measure: MeasureText,
): TextBlock {
  const lines = paragraphs.flatMap((p) => wrapText(p, width, style, measure));
  if (lines.length === 0) return { markup: "", bottom: top };
  return {
    markup: textElement(lines, x, top, style),
    bottom: top + lines.length * style.size * style.lineHeight,
  };
}

/**
 * Legend entries as colour swatches with labels, flowing into rows; a label wider than a row
 * wraps inside its entry. Empty legends take no space.
 */
export function layoutLegend(
  entries: readonly { label: string; color: string }[],
  style: TextStyle,
  x: number,
  top: number,
  width: number,
  measure: MeasureText,
): TextBlock {
  if (entries.length === 0) return { markup: "", bottom: top };
  const swatch = Math.round(style.size * 0.85);
  const lineHeight = style.size * style.lineHeight;
  const markup: string[] = [];
  let left = x;
  let rowTop = top;
  let rowLines = 1;
  for (const entry of entries) {
    const lines = wrapText(entry.label, width - swatch - SWATCH_GAP, style, measure);
    const itemWidth = swatch + SWATCH_GAP + Math.max(0, ...lines.map((l) => measure(l, style)));
    if (left > x && left + itemWidth > x + width) {
      rowTop += rowLines * lineHeight;
      left = x;
      rowLines = 1;
    }
    const swatchTop = rowTop + (lineHeight - swatch) / 2;
    markup.push(
      `<g><rect x="${round(left)}" y="${round(swatchTop)}" width="${swatch}" height="${swatch}" rx="2" fill="${escapeXml(entry.color)}"/>${textElement(lines, left + swatch + SWATCH_GAP, rowTop, style)}</g>`,
    );
    rowLines = Math.max(rowLines, lines.length);
    left += itemWidth + ITEM_GAP;
  }
  return { markup: markup.join(""), bottom: rowTop + rowLines * lineHeight };
}
