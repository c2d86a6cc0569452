/**
 * The CONTENTS list (or a web page's "In this issue" list of bullets or numbered headlines) is page
 * furniture, but it says what the brief holds: a listed Top 5 item or section missing from the
 * text (a truncated brief) or printed with another headline is reported.
 */
import type { Top5ItemFile } from "@/data/schema";
import type { ReportBuilder } from "./report";
import type { SectionName, SourceLine } from "./source-lines";

const ENTRY = /^([1-5])[.)]\s+(.+)$/;
const SECTIONS: [RegExp, SectionName, string][] = [
  [/^noteworthy$/i, "noteworthy", "Noteworthy"],
  [/^policy news$/i, "policyNews", "Policy news"],
  [/^corporate news$/i, "corporateNews", "Corporate news"],
];

/** Skips the contents lines as furniture and warns where they disagree with the brief. */
export function checkContents(
  lines: readonly SourceLine[],
  top5: readonly Top5ItemFile[],
  present: ReadonlySet<SectionName>,
  report: ReportBuilder,
): void {
  for (const line of lines) {
    // Stryker disable next-line ConditionalExpression: rejecting a blank line shows nowhere (the report leaves blank lines out)
    if (line.kind.kind === "blank") continue;
    const text = entryText(line);
    if (text === null) {
      report.reject([line.number], "not a contents entry");
      continue;
    }
    report.skip([line.number], "contents list");
    const section = SECTIONS.find(([pattern]) => pattern.test(text));
    if (section && !present.has(section[1])) {
      report.warn(
        line.number,
        `the contents name '${section[2]}', but the brief has no such section`,
      );
    }
    const entry = ENTRY.exec(text);
    if (!entry) continue;
    const rank = Number(entry[1]);
    const item = top5.find((i) => i.rank === rank);
    if (!item) {
      report.warn(
        line.number,
        // Stryker disable next-line StringLiteral: ENTRY's group 2 always matches, so `?? ""` never applies (the message is killed by tests)
        `the contents name Top 5 item ${rank} '${entry[2] ?? ""}', but the brief has no complete item ${rank}`,
      );
      // Stryker disable next-line StringLiteral: ENTRY's group 2 always matches, so `?? ""` never applies
    } else if (normalise(item.headline) !== normalise(entry[2] ?? "")) {
      report.warn(
        line.number,
        // Stryker disable next-line StringLiteral: ENTRY's group 2 always matches, so `?? ""` never applies (the message is killed by tests)
        `the contents give item ${rank} as '${entry[2] ?? ""}', the item's headline is '${item.headline}'`,
      );
    }
  }
}

/** A contents line with dot leaders, or a bare entry of an "In this issue" list. */
function entryText({ kind }: SourceLine): string | null {
  if (kind.kind === "contents") return kind.entry;
  if (kind.kind === "bullet") return kind.text;
  if (kind.kind === "item") return `${String(kind.rank)}. ${kind.headline}`;
  return null;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
