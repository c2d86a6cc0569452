/**
 * Lays a brief's text out as the brief is printed, for import tests and benchmarks: A4 pages, a
 * running header with the date and page numbers from page 2, each Top 5 item from a new page,
 * Chinese titles in an embedded, subset Noto Sans SC (the @fontsource WOFF files, which
 * pdf-lib's fontkit reads; each covers part of Unicode, so every Chinese character is drawn
 * with a file that has it). Markdown link markup prints as its text.
 *
 *   npx tsx scripts/make-brief-pdf.ts <brief.txt> <out.pdf>
 *
 * scripts/long-brief.ts pads a brief to a given number of pages (the 40-page benchmark).
 */
import fontkit from "@pdf-lib/fontkit";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";

const FONT_DIR = "node_modules/@fontsource/noto-sans-sc/files";
const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { left: 72, right: 72, top: 96, bottom: 84 };
const BODY = { size: 13, leading: 19 };
const HEADING = { size: 16, leading: 22 };

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  /** The subset file that has each Chinese character. */
  cjk: Map<string, PDFFont>;
}

type Run = { text: string; font: PDFFont };

export interface BriefPdf {
  bytes: Uint8Array;
  /** Pages each Top 5 item is printed on, by rank. */
  top5Pages: Map<number, number[]>;
  pages: number;
}

export async function makeBriefPdf(text: string): Promise<BriefPdf> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle("MERICS China Industries");
  const fonts = await loadFonts(pdf, text);
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const header = lines.find((line) => /\(REPORTING PERIOD/i.test(line))?.trim() ?? "";
  const runningHead = `MERICS China Industries · ${header.replace(/\s*\(.*$/, "")}`;
  const top5Pages = new Map<number, number[]>();
  let page = pdf.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN.top;
  let rank: number | null = null;
  let section = "";

  const newPage = () => {
    page = pdf.addPage([A4.width, A4.height]);
    y = A4.height - MARGIN.top;
  };
  const note = () => {
    if (rank === null) return;
    const pages = top5Pages.get(rank) ?? [];
    const number = pdf.getPageCount();
    if (!pages.includes(number)) pages.push(number);
    top5Pages.set(rank, pages);
  };

  for (const raw of lines) {
    const line = raw
      .replace(/\t/g, " ")
      .trim()
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
    if (line === "") {
      y -= BODY.leading * 0.6;
      continue;
    }
    const heading =
      /^(MERICS TOP 5|NOTEWORTHY|Policy news|Corporate news|AUTHORS|EDITORS|CONTENTS|PUBLISHER)$/i.test(
        line,
      );
    const item = /^[1-5]\.\s/.test(line) && section === "top5";
    if (/^MERICS TOP 5$/i.test(line)) section = "top5";
    else if (heading) section = line.toLowerCase();
    if ((/^(MERICS TOP 5|NOTEWORTHY)$/i.test(line) || item) && y < A4.height - MARGIN.top) {
      newPage();
    }
    if (item) rank = Number(line[0]);
    else if (heading) rank = null;
    const bullet = /^-\s+/.test(line);
    const style = heading || item ? HEADING : BODY;
    const font = heading || item ? fonts.bold : fonts.regular;
    const indent = bullet ? 14 : 0;
    const wrapped = wrap(
      bullet ? line.replace(/^-\s+/, "") : line,
      fonts,
      font,
      style.size,
      451 - indent,
    );
    wrapped.forEach((runs, at) => {
      if (y < MARGIN.bottom) newPage();
      note();
      if (bullet && at === 0) {
        page.drawText("•", { x: MARGIN.left, y, size: style.size, font: fonts.regular });
      }
      drawRuns(page, runs, MARGIN.left + indent, y, style.size);
      y -= style.leading;
    });
  }
  pdf.getPages().forEach((each, at) => {
    if (at === 0) return;
    each.drawText(runningHead, { x: MARGIN.left, y: A4.height - 48, size: 9, font: fonts.regular });
    const number = String(at + 1);
    const width = fonts.regular.widthOfTextAtSize(number, 9);
    each.drawText(number, { x: (A4.width - width) / 2, y: 40, size: 9, font: fonts.regular });
  });
  return { bytes: await pdf.save(), top5Pages, pages: pdf.getPageCount() };
}

async function loadFonts(pdf: PDFDocument, text: string): Promise<Fonts> {
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const needed = [...new Set([...text].filter((ch) => !/\s/.test(ch) && !encodable(regular, ch)))];
  const cjk = new Map<string, PDFFont>();
  const files = readdirSync(FONT_DIR).filter((f) => /-400-normal\.woff$/.test(f));
  for (const file of files) {
    const bytes = readFileSync(join(FONT_DIR, file));
    const missing = needed.filter((ch) => !cjk.has(ch));
    if (missing.length === 0) break;
    let has: string[];
    try {
      const probe = fontkit.create(bytes);
      has = missing.filter((ch) => probe.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0));
    } catch {
      continue; // One subset file of the package has no character map.
    }
    if (has.length === 0) continue;
    const font = await pdf.embedFont(bytes, { subset: true });
    has.forEach((ch) => cjk.set(ch, font));
  }
  const uncovered = needed.filter((ch) => !cjk.has(ch));
  if (uncovered.length > 0) throw new Error(`no font has ${uncovered.join("")}`);
  return { regular, bold, cjk };
}

function encodable(font: PDFFont, ch: string): boolean {
  try {
    font.encodeText(ch);
    return true;
  } catch {
    return false;
  }
}

function toRuns(text: string, fonts: Fonts, base: PDFFont): Run[] {
  const runs: Run[] = [];
  for (const ch of text) {
    const font = fonts.cjk.get(ch) ?? base;
    const last = runs.at(-1);
    if (last && last.font === font) last.text += ch;
    else runs.push({ text: ch, font });
  }
  return runs;
}

function widthOf(runs: Run[], size: number): number {
  return runs.reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0);
}

/** Greedy word wrap; Chinese text has no spaces, so it breaks between any two characters. */
function wrap(text: string, fonts: Fonts, base: PDFFont, size: number, width: number): Run[][] {
  const tokens =
    text.match(/[\p{Script=Han}（）《》〔〕]|[^\s\p{Script=Han}（）《》〔〕]+\s*|\s+/gu) ?? [];
  const lines: string[] = [];
  let current = "";
  for (const token of tokens) {
    const candidate = current + token;
    if (current !== "" && widthOf(toRuns(candidate.trimEnd(), fonts, base), size) > width) {
      lines.push(current.trimEnd());
      current = token.trimStart();
    } else current = candidate;
  }
  if (current.trim() !== "") lines.push(current.trimEnd());
  return lines.map((line) => toRuns(line, fonts, base));
}

function drawRuns(page: PDFPage, runs: Run[], x: number, y: number, size: number): void {
  let at = x;
  for (const run of runs) {
    page.drawText(run.text, { x: at, y, size, font: run.font });
    at += run.font.widthOfTextAtSize(run.text, size);
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ""}`) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error("usage: tsx scripts/make-brief-pdf.ts <brief.txt> <out.pdf>");
    process.exitCode = 2;
  } else {
    const { bytes, top5Pages } = await makeBriefPdf(readFileSync(input, "utf8"));
    writeFileSync(output, bytes);
    console.log(`Wrote ${output}: Top 5 pages ${JSON.stringify([...top5Pages])}`);
  }
}
