/**
 * Splits a brief's lines into its sections by their headings, then groups a section's lines into
 * blocks: paragraphs, bullet items and labelled fields ("Date: April 14, 2023"), joining lines
 * that belong together (a Markdown paragraph's wrapped lines, an item broken across a page).
 */
import type { FieldLabel, SectionName, SourceLine } from "./source-lines";

export type SectionKey = SectionName | "front";

export interface BriefSections {
  /** Lines of each section, without its heading; a section absent from the text is missing. */
  sections: Partial<Record<SectionKey, SourceLine[]>>;
  headings: SourceLine[];
  /** The first numbered item, when the Top 5 starts there without a heading (older issues). */
  unheadedTop5: SourceLine | null;
}

export interface Block {
  kind: "paragraph" | "bullet" | "label";
  label: FieldLabel | null;
  text: string;
  lines: number[];
}

export function splitSections(lines: readonly SourceLine[]): BriefSections {
  const sections: Partial<Record<SectionKey, SourceLine[]>> = { front: [] };
  const headings: SourceLine[] = [];
  let unheadedTop5: SourceLine | null = null;
  // Only a text with no Top 5 heading anywhere starts its Top 5 at a bare numbered item.
  const headed = lines.some((l) => l.kind.kind === "heading" && l.kind.section === "top5");
  let current: SectionKey = "front";
  for (const line of lines) {
    if (line.kind.kind === "heading") {
      current = line.kind.section;
      sections[current] ??= [];
      headings.push(line);
      continue;
    }
    if (current === "front" && line.kind.kind === "item" && !headed) {
      current = "top5";
      unheadedTop5 = line;
    }
    (sections[current] ??= []).push(line);
  }
  return { sections, headings, unheadedTop5 };
}

/**
 * Groups lines into blocks. A text line continues the bullet above it when no blank line is
 * between them, or when `bulletContinuation` allows it: "always" in news lists, where every
 * line is an item or part of one, and "lowercase" elsewhere (a sentence running on).
 */
export function toBlocks(
  lines: readonly SourceLine[],
  bulletContinuation: "always" | "lowercase",
): Block[] {
  const blocks: Block[] = [];
  // Stryker disable next-line BooleanLiteral: read only once a block exists, and adding a block sets it to false
  let afterBlank = true;
  for (const line of lines) {
    const { kind } = line;
    if (kind.kind === "blank") {
      afterBlank = true;
      continue;
    }
    const last = blocks.at(-1);
    if (kind.kind === "bullet") {
      blocks.push({ kind: "bullet", label: null, text: kind.text, lines: [line.number] });
    } else if (kind.kind === "label") {
      blocks.push({ kind: "label", label: kind.label, text: kind.text, lines: [line.number] });
    } else if (last && continues(last, line.text, afterBlank, bulletContinuation)) {
      last.text = last.text === "" ? line.text : `${last.text} ${line.text}`;
      last.lines.push(line.number);
    } else {
      blocks.push({ kind: "paragraph", label: null, text: line.text, lines: [line.number] });
    }
    afterBlank = false;
  }
  return blocks;
}

function continues(
  last: Block,
  text: string,
  afterBlank: boolean,
  bulletContinuation: "always" | "lowercase",
): boolean {
  if (!afterBlank) return true;
  const runsOn = /^\p{Ll}/u.test(text);
  if (last.kind === "bullet") return bulletContinuation === "always" || runsOn;
  return runsOn && !/[.!?:;)”"’]$/.test(last.text);
}
