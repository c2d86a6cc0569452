/**
 * The first pass over a brief's text: one record per input line, with Markdown and web-copy
 * markup removed (headings, bold, emphasis, bullet glyphs) and the line's kind recognised.
 * Kinds are decided from the line alone; the section parsers decide what a kind means where.
 */

export type SectionName =
  | "contents"
  | "top5"
  | "noteworthy"
  | "policyNews"
  | "corporateNews"
  | "authors"
  | "editors"
  | "contact"
  | "publisher";

export type FieldLabel = "atAGlance" | "comment" | "article" | "issuingBodies" | "date";

export type LineKind =
  | { kind: "blank" }
  | { kind: "heading"; section: SectionName }
  | { kind: "contents"; entry: string }
  | { kind: "title" }
  | { kind: "header"; published: string; period: string }
  | { kind: "item"; rank: number; headline: string }
  | { kind: "bullet"; text: string }
  | { kind: "label"; label: FieldLabel; text: string }
  | { kind: "text"; text: string };

export interface SourceLine {
  /** 1-based line number in the input. */
  number: number;
  /** The line without markup, trimmed. */
  text: string;
  kind: LineKind;
  /** A line of markup only ("> ", "**"): blank to the parser, but not blank in the input. */
  markupOnly?: boolean;
}

const HEADINGS: [RegExp, SectionName][] = [
  [/^(?:contents|in\s+this\s+issue)$/i, "contents"],
  [/^(?:merics(?:['’`]s?)?\s+)?top\s*(?:5|five)$/i, "top5"],
  [/^noteworthy$/i, "noteworthy"],
  [/^policy\s+news$/i, "policyNews"],
  [/^corporate\s+news$/i, "corporateNews"],
  [/^authors?$/i, "authors"],
  [/^editors?$/i, "editors"],
  [/^publisher$/i, "publisher"],
  [/^for more information, please contact:?$/i, "contact"],
];

const LABELS: [RegExp, FieldLabel][] = [
  [/^at\s+a\s+glance$/i, "atAGlance"],
  [/^(?:merics\s+)?comment$/i, "comment"],
  [/^article$/i, "article"],
  [/^issuing\s+bod(?:y|ies)$/i, "issuingBodies"],
  [/^date$/i, "date"],
];

const BULLET = /^[-•*·▪]\s+(.*)$/;
const HEADER = /^([A-Za-z]+\.?\s+\d{1,2},?\s+\d{4})\s*\(\s*reporting\s+period\s*:?\s*(.+?)\s*\)$/i;
/** "MERICS", "China Industries", and older issues' "China Industries Briefing – April 2021". */
const TITLE =
  /^(?:merics|(?:merics\s+)?china\s+industries(?:\s+brief(?:ing)?)?(?:\s*[–—:-]\s*[a-z]+\.?\s+\d{4})?)$/i;
const ITEM = /^([1-5])[.)]\s+(\S.*)$/;
const LABEL = /^([A-Za-z ]{3,20}?)\s*:\s*(.*)$/;

/** Splits a text into classified lines; never throws, whatever the input. */
export function toSourceLines(input: string): SourceLine[] {
  return input
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((raw, index) => {
      const text = cleanLine(raw);
      const line: SourceLine = { number: index + 1, text, kind: classify(text) };
      return text === "" && raw.trim() !== ""
        ? { ...line, text: raw.trim(), markupOnly: true }
        : line;
    });
}

function cleanLine(raw: string): string {
  return stripEmphasis(
    raw
      .replace(/[\t\u00A0\u2000-\u200B\u3000]/g, " ")
      .trim()
      .replace(/^>\s?/, "")
      .replace(/^#{1,6}\s+/, "")
      // Stryker disable next-line Regex: the survivor `\s` for `\s+` leaves spaces that the final trim removes (the other Regex mutants are killed)
      .replace(/\s+#+$/, "")
      .replace(/\*\*|__/g, "")
      .trim(),
  );
}

/** Removes *emphasis* and _emphasis_ around words; a "* " bullet marker is kept. */
function stripEmphasis(text: string): string {
  return text
    .replace(/(?<![\p{L}\p{N}*\\])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}*])/gu, "$1")
    .replace(/(?<![\p{L}\p{N}_\\])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])/gu, "$1");
}

function classify(text: string): LineKind {
  if (text === "") return { kind: "blank" };
  const bullet = BULLET.exec(text);
  // Stryker disable next-line StringLiteral,MethodExpression: the group always matches, and it is trimmed already (cleanLine trims the line, `\s+` takes the spaces)
  if (bullet) return { kind: "bullet", text: bullet[1]?.trim() ?? "" };
  const entry = contentsEntry(text);
  if (entry !== null) return { kind: "contents", entry };
  const header = HEADER.exec(text);
  // Stryker disable next-line StringLiteral: both groups always match, so `?? ""` never applies ("header" is killed by tests)
  if (header) return { kind: "header", published: header[1] ?? "", period: header[2] ?? "" };
  const headingText = text.replace(/:$/, "").trim();
  const heading = HEADINGS.find(([pattern]) => pattern.test(headingText));
  if (heading) return { kind: "heading", section: heading[1] };
  if (TITLE.test(text)) return { kind: "title" };
  const item = ITEM.exec(text);
  // Stryker disable next-line StringLiteral,MethodExpression: the group always matches, starts with \S and ends where the trimmed line ends
  if (item) return { kind: "item", rank: Number(item[1]), headline: item[2]?.trim() ?? "" };
  const label = LABEL.exec(text);
  // Stryker disable next-line StringLiteral,MethodExpression: the group always matches; the lazy group ends before `\s*:` for every label word (4+ letters)
  const field = label && LABELS.find(([pattern]) => pattern.test(label[1]?.trim() ?? ""));
  // Stryker disable next-line StringLiteral,MethodExpression: the group always matches; `\s*` takes leading spaces and the line is trimmed
  if (label && field) return { kind: "label", label: field[1], text: label[2]?.trim() ?? "" };
  return { kind: "text", text };
}

/**
 * "1. Going hammer and tongs.....\t2" → "1. Going hammer and tongs": a contents entry ends in a dot
 * leader (three dots or more) and a page number. Read from the end, in linear time.
 */
function contentsEntry(text: string): string | null {
  let at = text.length;
  // Stryker disable next-line StringLiteral,ConditionalExpression,EqualityOperator: at 0, text[-1] is undefined, read as "" (no digit), which stops the loop too
  while (at > 0 && /\d/.test(text[at - 1] ?? "")) at -= 1;
  if (at === text.length) return null;
  let dots = 0;
  // Stryker disable next-line StringLiteral,ConditionalExpression,EqualityOperator: at 0, text[-1] is undefined, read as "" (no dot or space), which stops the loop too
  while (at > 0 && /[\s.]/.test(text[at - 1] ?? "")) {
    if (text[at - 1] === ".") dots += 1;
    at -= 1;
  }
  return dots >= 3 ? text.slice(0, at) : null;
}
