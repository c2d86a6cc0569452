/** A piece of an axis label: an English name, its Chinese name, a secondary note. */
export interface LabelPart {
  text: string;
  lang: "en" | "zh";
  tone: "primary" | "secondary";
  /** Lines beyond this are cut, the last one ending in "…". */
  maxLines?: number;
}

export interface AxisLabelLayout {
  /** Each label's lines, wrapped to fit. */
  lines: ReadonlyMap<string, LabelPart[]>;
  /** The widest line in pixels: the axis width that shows every label unclipped. */
  width: number;
  /** The most lines any label needs: sets the height of a category band. */
  maxLines: number;
}

// CJK ideographs, kana, hangul and full-width forms: one em wide, a line may break after each.
const WIDE_CHARS = "\\u2e80-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\uff00-\\uffef";
const WIDE = new RegExp(`[${WIDE_CHARS}]`);
const TOKEN = new RegExp(`[${WIDE_CHARS}]|[^\\s${WIDE_CHARS}]+\\s*|\\s+`, "g");

/**
 * Estimated width of text in pixels. Canvas measuring would need a DOM and loaded fonts; a
 * generous per-glyph estimate (CJK one em, Latin about half) keeps labels unclipped anyway.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += charEms(char);
  return Math.ceil(ems * fontSize);
}

/** The estimated width of one character (a code point), in ems. */
export function charEms(char: string): number {
  if (WIDE.test(char)) return 1;
  if (char === " ") return 0.28;
  if (/[A-Z0-9]/.test(char)) return 0.66;
  if (/[il.,;:'’|!()]/.test(char)) return 0.3;
  return 0.56;
}

/** Words for Latin text; every CJK character may start a line on its own. */
function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Breaks text into lines no wider than `maxWidth`; a word longer than a line is split. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = "";
  const fits = (candidate: string) => estimateTextWidth(candidate.trimEnd(), fontSize) <= maxWidth;
  for (const token of tokens(text.trim())) {
    if (fits(line + token)) {
      line += token;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = "";
    for (const char of token) {
      if (!fits(line + char) && line) {
        lines.push(line.trimEnd());
        line = "";
      }
      line += char;
    }
    line = line.trimStart();
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

function clip(lines: string[], maxLines = Number.POSITIVE_INFINITY): string[] {
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept.pop() ?? "";
  return [...kept, `${last.replace(/\s*\S$/, "")}…`];
}

/**
 * Wraps every category label of an axis and measures the result, so the axis can be as wide as
 * its longest line (up to `maxWidth`) and each band as tall as its longest label.
 */
export function layoutAxisLabels(
  labels: ReadonlyMap<string, readonly LabelPart[]>,
  { maxWidth, fontSize }: { maxWidth: number; fontSize: number },
): AxisLabelLayout {
  const lines = new Map<string, LabelPart[]>();
  let width = 0;
  let maxLines = 0;
  for (const [key, parts] of labels) {
    const wrapped = parts.flatMap((part) =>
      clip(wrapText(part.text, maxWidth, fontSize), part.maxLines).map((text) => ({
        ...part,
        text,
      })),
    );
    for (const line of wrapped) width = Math.max(width, estimateTextWidth(line.text, fontSize));
    maxLines = Math.max(maxLines, wrapped.length);
    lines.set(key, wrapped);
  }
  return { lines, width, maxLines };
}
