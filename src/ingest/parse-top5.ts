/**
 * The MERICS Top 5: each item's headline, "At a glance" paragraph, bullets, further paragraphs,
 * comment, article title (English and Chinese split apart), issuing bodies and date. An item
 * without its summary or comment is left out and its lines are reported with what is missing; the
 * document's title, issuing bodies and date may instead come from the annotations (a web copy
 * often lacks those lines), which the build step checks.
 */
import { dateInPeriod, parseFullDate, parseMonthDay, type Period } from "./english-dates";
import { replaceLinks, splitTrailingSources, type LinkRef } from "./inline-links";
import type { ReportBuilder } from "./report";
import { toBlocks, type Block } from "./sections";
import type { SourceLine } from "./source-lines";

export interface Top5Draft {
  rank: number;
  headline: string;
  atAGlance: string;
  bullets: string[];
  details: string[];
  comment: string[];
  /** The document's parts as printed; null where the text lacks the line. */
  titleEn: string | null;
  titleZh: string | null;
  issuersText: string | null;
  issuersLine: number;
  date: string | null;
  sources: LinkRef[];
  references: LinkRef[];
  /** The year of "Targets for 2025 include:", which dates the bullets. */
  horizonYear: number | null;
  lines: number[];
}

interface Parts {
  glance: Block | null;
  bullets: Block[];
  details: Block[];
  comment: Block[];
  article: Block | null;
  issuers: Block | null;
  date: Block | null;
}

/** What an item lacks, as the report words it. */
export const MISSING_PART = {
  glance: "an 'At a glance:' paragraph",
  comment: "a 'MERICS comment:' paragraph",
  titleEn: "an 'Article:' line with the English title",
  issuers: "an 'Issuing bodies:' line",
  date: "a 'Date:' line such as 'Date: April 14, 2023'",
} as const;

export type DocumentPart = "titleEn" | "issuers" | "date";

export function incompleteReason(rank: number, missing: readonly (keyof typeof MISSING_PART)[]) {
  return `Top 5 item ${rank} is incomplete: missing ${missing.map((part) => MISSING_PART[part]).join(", ")}`;
}

const HORIZON =
  /\b(?:targets?|objectives?|goals?)\b[^.:]*?\b(?:for|by|until|through)\s+((?:19|20|21)\d{2})\b/i;

export function parseTop5(
  lines: readonly SourceLine[],
  period: Period,
  report: ReportBuilder,
): Top5Draft[] {
  const drafts: Top5Draft[] = [];
  let heading: SourceLine | null = null;
  let body: SourceLine[] = [];
  const flush = () => {
    if (heading) {
      const draft = parseItem(heading, body, period, report);
      if (draft && !drafts.some((d) => d.rank === draft.rank)) drafts.push(draft);
      else if (draft) report.reject(draft.lines, `a second Top 5 item ranked ${draft.rank}`);
    } else {
      // Stryker disable next-line MethodExpression,ConditionalExpression: the report never lists blank lines, rejected or not
      const text = body.filter((l) => l.kind.kind !== "blank").map((l) => l.number);
      report.reject(text, "text before the first Top 5 item");
    }
  };
  for (const line of lines) {
    if (line.kind.kind === "item") {
      flush();
      heading = line;
      body = [];
    } else body.push(line);
  }
  flush();
  return drafts;
}

function parseItem(
  heading: SourceLine,
  body: SourceLine[],
  period: Period,
  report: ReportBuilder,
): Top5Draft | null {
  if (heading.kind.kind !== "item") return null;
  const { rank, headline } = heading.kind;
  const parts = collectParts(toBlocks(body, "lowercase"), report);
  const allLines = [
    heading.number,
    ...body.filter((l) => l.kind.kind !== "blank").map((l) => l.number),
  ];
  const article = parts.article ? splitTrailingSources(parts.article.text) : null;
  const title = article ? splitTitle(article.text) : null;
  const date = parts.date ? readDate(parts.date, period, report) : null;
  if (!parts.glance || parts.comment.length === 0) {
    const missing = [
      parts.glance ? null : ("glance" as const),
      parts.comment.length > 0 ? null : ("comment" as const),
      title?.titleEn ? null : ("titleEn" as const),
      parts.issuers?.text ? null : ("issuers" as const),
      date ? null : ("date" as const),
    ].filter((part) => part !== null);
    const reason = incompleteReason(rank, missing);
    report.reject(allLines, reason);
    report.warn(heading.number, reason);
    return null;
  }
  const linked = [parts.glance, ...parts.bullets, ...parts.details, ...parts.comment].map((block) =>
    replaceLinks(block.text),
  );
  const texts = linked.map((l) => l.text);
  const bulletEnd = 1 + parts.bullets.length;
  const detailEnd = bulletEnd + parts.details.length;
  report.use(allLines);
  return {
    rank,
    headline: replaceLinks(headline).text,
    // Stryker disable next-line StringLiteral: unreachable fallback, an item always has its summary
    atAGlance: texts[0] ?? "",
    bullets: texts.slice(1, bulletEnd),
    details: texts.slice(bulletEnd, detailEnd),
    comment: texts.slice(detailEnd),
    titleEn: title?.titleEn || null,
    titleZh: title?.titleZh ?? null,
    issuersText: parts.issuers?.text || null,
    issuersLine: parts.issuers?.lines[0] ?? heading.number,
    date,
    sources: article?.sources ?? [],
    references: linked.flatMap((l) => l.links),
    // Stryker disable next-line StringLiteral: unreachable fallback, an item always has its summary
    horizonYear: horizonOf(texts[0] ?? ""),
    lines: allLines,
  };
}

function collectParts(blocks: readonly Block[], report: ReportBuilder): Parts {
  const parts: Parts = {
    glance: null,
    bullets: [],
    details: [],
    comment: [],
    article: null,
    issuers: null,
    date: null,
  };
  blocks.forEach((block, at) => {
    const next = blocks[at + 1];
    // Stryker disable next-line ConditionalExpression: only a label can have empty text (bullets and paragraphs hold non-blank lines)
    if (block.kind === "label" && block.text === "" && next?.kind === "paragraph") {
      // "At a glance:" on a line of its own, its paragraph below it.
      next.text = `${block.text}${next.text}`;
      next.lines.unshift(...block.lines);
      next.kind = "label";
      next.label = block.label;
      return;
    }
    const inFields = parts.article ?? parts.issuers ?? parts.date;
    // Stryker disable next-line ConditionalExpression: only a label can have empty text (bullets and paragraphs hold non-blank lines)
    if (block.kind === "label" && block.text === "") {
      // A label whose paragraph is missing (bullets follow it): the item lacks that part.
      report.reject(block.lines, "a label with no text after it");
    } else if (block.kind === "label") {
      if (block.label === "atAGlance" && !parts.glance) parts.glance = block;
      else if (block.label === "comment" && !inFields) parts.comment.push(block);
      else if (block.label === "article" && !parts.article) parts.article = block;
      else if (block.label === "issuingBodies" && !parts.issuers) parts.issuers = block;
      else if (block.label === "date" && !parts.date) parts.date = block;
      else report.reject(block.lines, "a field repeated or out of place in a Top 5 item");
    } else if (inFields) {
      report.reject(block.lines, "text after the article, issuing bodies and date of a Top 5 item");
    } else if (parts.comment.length > 0) {
      if (block.kind === "bullet") report.reject(block.lines, "a bullet inside the MERICS comment");
      else parts.comment.push(block);
    } else if (block.kind === "bullet" && parts.details.length === 0) {
      parts.bullets.push(block);
      // Stryker disable next-line ConditionalExpression: a block reaching here without a summary is a paragraph (a bullet gets here only after details, which need one)
    } else if (!parts.glance && block.kind === "paragraph") {
      parts.glance = block;
      report.warn(
        block.lines[0] ?? null,
        "no 'At a glance:' label; the first paragraph is taken as the summary",
      );
    } else if (block.kind === "paragraph") {
      parts.details.push(block);
    } else report.reject(block.lines, "a bullet after the paragraphs that follow the bullet list");
  });
  return parts;
}

/** "Guiding Opinions … (关于推动…的指导意见)" → the English and the Chinese title. */
export function splitTitle(text: string): { titleEn: string; titleZh: string | null } {
  const firstHan = text.search(/[\p{Script=Han}《「『〈]/u);
  if (firstHan < 0) return { titleEn: text.trim(), titleZh: null };
  let titleEn = text.slice(0, firstHan).trim();
  let titleZh = text.slice(firstHan).trim();
  if (/[(（]$/.test(titleEn)) {
    titleEn = titleEn.slice(0, -1).trim();
    titleZh = titleZh.replace(/[)）]$/, "").trim();
  }
  // Stryker disable next-line ConditionalExpression,StringLiteral: unreachable, the Chinese title starts at a Han character or bracket, so it is never empty
  return { titleEn, titleZh: titleZh === "" ? null : titleZh };
}

function readDate(block: Block, period: Period, report: ReportBuilder): string | null {
  const iso = parseFullDate(block.text);
  if (iso) return iso;
  const monthDay = parseMonthDay(block.text);
  const dated = monthDay ? dateInPeriod(monthDay, period) : null;
  if (dated) {
    report.warn(
      block.lines[0] ?? null,
      `the date '${block.text}' has no year; ${dated.iso.slice(0, 4)} is taken from the reporting period`,
    );
    return dated.iso;
  }
  report.reject(
    block.lines,
    `cannot read the date '${block.text}'; write it like 'April 14, 2023'`,
  );
  return null;
}

function horizonOf(atAGlance: string): number | null {
  // Stryker disable next-line Regex: a space left before the last sentence cannot change the unanchored horizon match
  const sentences = atAGlance.split(/(?<=[.!?])\s+/);
  // Stryker disable next-line StringLiteral: unreachable fallback, split always returns at least one piece
  const match = HORIZON.exec(sentences.at(-1) ?? "");
  return match?.[1] === undefined ? null : Number(match[1]);
}
