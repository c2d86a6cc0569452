/**
 * A PDF's text items (positioned runs of text, as PDF.js gives them) back into the reading
 * order the brief parser expects: one paragraph per line, blank lines between paragraphs.
 * Lines are rebuilt from item positions, two-column pages are read column by column, running
 * headers, footers and page numbers are dropped, hyphenated line ends are joined and bullet
 * glyphs become "- ". Pure: the browser's import and the CLI share it.
 */

export interface PdfTextItem {
  text: string;
  /** Left edge and baseline, in PDF units from the page's bottom-left corner. */
  x: number;
  y: number;
  width: number;
  /** Font size. */
  height: number;
}

export interface PdfPageText {
  width: number;
  height: number;
  items: PdfTextItem[];
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Share of the page height at the top and bottom where running heads and page numbers sit. */
const MARGIN = 0.1;
const PAGE_NUMBER = /^(?:page\s+)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
const BULLET_GLYPH = /^[•·▪◦●‣∙*–-]\s*/;
const CONTENTS_ENTRY = /\.{3,}\s*\d+$/;
const SENTENCE_END = /[.:!?;)"”’]$/;

export function rebuildReadingOrder(pages: readonly PdfPageText[]): string {
  const pageLines = pages.map((page) => orderPage(page));
  const running = runningLines(pages, pageLines);
  const paragraphs: string[][] = [];
  let open: string[] | null = null;
  let previous: Line | null = null;
  let previousRight = 0;
  pageLines.forEach((lines, at) => {
    const page = pages[at];
    if (!page) return;
    const body = lines.filter((line) => !isFurniture(line, page, running));
    const pitch = medianPitch(body);
    // The right edge of a line's column: lines starting near the same left edge.
    const rightOf = (of: Line) =>
      Math.max(
        ...body
          .filter((l) => Math.abs(l.x0 - of.x0) <= 20 && Math.abs(l.size - of.size) < 0.5)
          .map((l) => l.x1),
      );
    const right = Math.max(...body.map((line) => line.x1));
    body.forEach((line, index) => {
      const startsPage = index === 0;
      const continues =
        // Stryker disable next-line ConditionalExpression: open and previous are set together, so previous !== null decides alone
        open !== null &&
        previous !== null &&
        !BULLET_GLYPH.test(line.text) &&
        !CONTENTS_ENTRY.test(previous.text) &&
        Math.abs(line.size - previous.size) < 0.5 &&
        // Across a page: a sentence left unfinished on a line that filled the page's width.
        (startsPage
          ? !SENTENCE_END.test(previous.text) &&
            (/^\p{Ll}/u.test(line.text) || previous.x1 > previousRight - line.size * 3)
          : previous.y - line.y <= Math.min(pitch, line.size * 1.6) * 1.35 && line.y < previous.y);
      // Two short lines in a row keep their own lines in the same block (a name above its role).
      const shortBreak =
        continues &&
        previous !== null &&
        !startsPage &&
        endsShort(previous, line, rightOf(previous)) &&
        line.x1 < rightOf(line) - line.size * 4;
      if (continues && open) open.push(shortBreak ? `\n${line.text}` : line.text);
      else {
        open = [line.text];
        paragraphs.push(open);
      }
      previous = line;
    });
    // A page of one or two lines (a section title) says nothing about the column's width.
    previousRight = body.length > 2 ? right : Infinity;
  });
  const joined = paragraphs.map(joinLines);
  return `${joined.map(toParserLine).join("\n\n")}\n`;
}

/**
 * A line that stops short of the column's right edge by more than the next line's first word
 * could not have wrapped: with a short line after it, it is a line of its own (a name above its
 * role, an address).
 */
function endsShort(previous: Line, next: Line, right: number): boolean {
  const charWidth = (next.x1 - next.x0) / Math.max(next.text.length, 1);
  const firstWord = next.text.split(" ")[0]?.length ?? 0;
  return right - previous.x1 > (firstWord + 1) * charWidth;
}

/** Lines of one page in reading order: full-width lines, and each column band left then right. */
function orderPage(page: PdfPageText): Line[] {
  const items = page.items.filter((item) => item.text.trim() !== "");
  const gutter = findGutter(items, page.width);
  if (gutter === null) return toLines(items);
  const spans = (item: PdfTextItem) => item.x < gutter - 2 && item.x + item.width > gutter + 2;
  const wide = toLines(items.filter(spans));
  const left = toLines(items.filter((item) => !spans(item) && item.x + item.width <= gutter + 2));
  const right = toLines(items.filter((item) => !spans(item) && item.x >= gutter - 2));
  const ordered: Line[] = [];
  let band = { left: [...left], right: [...right] };
  const flushAbove = (y: number) => {
    const above = (line: Line) => line.y > y;
    ordered.push(...band.left.filter(above), ...band.right.filter(above));
    band = {
      left: band.left.filter((line) => !above(line)),
      right: band.right.filter((line) => !above(line)),
    };
  };
  for (const line of wide) {
    flushAbove(line.y);
    ordered.push(line);
  }
  flushAbove(-Infinity);
  return ordered;
}

/**
 * The x of a gap between two columns, or null for a one-column page: a vertical line in the
 * middle of the page that (almost) no text crosses, with text on both sides.
 */
function findGutter(items: readonly PdfTextItem[], width: number): number | null {
  const total = items.reduce((sum, item) => sum + item.text.length, 0);
  // Stryker disable next-line ConditionalExpression: with no items every band is empty, so a gutter changes nothing
  if (total === 0) return null;
  let best: { x: number; crossing: number } | null = null;
  for (let x = Math.round(width * 0.3); x <= width * 0.7; x += 2) {
    let crossing = 0;
    let leftChars = 0;
    let rightChars = 0;
    for (const item of items) {
      if (item.x < x - 2 && item.x + item.width > x + 2) crossing += item.text.length;
      else if (item.x + item.width <= x + 2) leftChars += item.text.length;
      else rightChars += item.text.length;
    }
    const balanced = leftChars >= total * 0.2 && rightChars >= total * 0.2;
    if (balanced && crossing <= total * 0.25 && (!best || crossing < best.crossing)) {
      best = { x, crossing };
    }
  }
  return best?.x ?? null;
}

/** Items on the same baseline (within a third of the font size) form a line, left to right. */
function toLines(items: readonly PdfTextItem[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (row && first && Math.abs(first.y - item.y) <= Math.min(first.height, item.height) / 3) {
      row.push(item);
    } else rows.push([item]);
  }
  return rows.map((row) => {
    const cells = row.sort((a, b) => a.x - b.x);
    let text = "";
    let end = -Infinity;
    for (const cell of cells) {
      const gap = cell.x - end;
      const needsSpace =
        // Stryker disable next-line ConditionalExpression,StringLiteral: a leading space or a doubled one is trimmed and collapsed below
        text !== "" && gap > cell.height * 0.2 && !/\s$/.test(text) && !/^\s/.test(cell.text);
      text += `${needsSpace ? " " : ""}${cell.text}`;
      end = Math.max(end, cell.x + cell.width);
    }
    const head = cells[0];
    return {
      text: text.replace(/\s+/g, " ").trim(),
      x0: head?.x ?? 0,
      x1: end,
      y: head?.y ?? 0,
      size: Math.max(...cells.map((cell) => cell.height)),
    };
  });
}

/** Digits stand for any number, so "Page 3" and "Page 4" are the same running line. */
function runningKey(text: string): string {
  return text.replace(/\d+/g, "#").toLowerCase();
}

const inMargin = (line: Line, page: PdfPageText) =>
  line.y > page.height * (1 - MARGIN) || line.y < page.height * MARGIN;

/** Texts that sit in the top or bottom margin of more than one page: running heads and feet. */
function runningLines(pages: readonly PdfPageText[], pageLines: readonly Line[][]): Set<string> {
  const pagesWith = new Map<string, number>();
  pageLines.forEach((lines, at) => {
    const page = pages[at];
    if (!page) return;
    const keys = new Set(lines.filter((l) => inMargin(l, page)).map((l) => runningKey(l.text)));
    keys.forEach((key) => pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1));
  });
  return new Set([...pagesWith].filter(([, count]) => count >= 2).map(([key]) => key));
}

function isFurniture(line: Line, page: PdfPageText, running: Set<string>): boolean {
  if (!inMargin(line, page)) return false;
  return PAGE_NUMBER.test(line.text) || running.has(runningKey(line.text));
}

function medianPitch(lines: readonly Line[]): number {
  const gaps = lines
    .slice(1)
    .map((line, at) => (lines[at]?.y ?? line.y) - line.y)
    .filter((gap) => gap > 0)
    .sort((a, b) => a - b);
  // The lower quartile: paragraph gaps are the larger ones.
  return gaps[Math.floor(gaps.length / 4)] ?? Infinity;
}

/**
 * Lines of a paragraph joined by spaces; a word broken by a hyphen at a line end is joined
 * without it, unless the hyphenated form occurs elsewhere in the paragraph (a real compound).
 */
function joinLines(lines: readonly string[]): string {
  const all = lines.join(" ");
  return lines.reduce((text, line) => {
    if (text === "" || line.startsWith("\n")) return `${text}${line}`;
    const broken = /(\p{L}+)-$/u.exec(text);
    const next = /^(\p{Ll}+)/u.exec(line);
    if (broken && next) {
      // Stryker disable next-line StringLiteral: group 1 always matches, so the fallback is never used
      const compound = `${broken[1] ?? ""}-${next[1] ?? ""}`;
      return all.includes(compound) ? `${text}${line}` : `${text.slice(0, -1)}${line}`;
    }
    // Chinese runs on without spaces, so a line break inside it is no word break.
    const cjk =
      /[\p{Script=Han}（）《》〔〕“”]$/u.test(text) &&
      /^[\p{Script=Han}（）《》〔〕“”]/u.test(line);
    return cjk ? `${text}${line}` : `${text} ${line}`;
  }, "");
}

function toParserLine(paragraph: string): string {
  return BULLET_GLYPH.test(paragraph) ? paragraph.replace(BULLET_GLYPH, "- ") : paragraph;
}
