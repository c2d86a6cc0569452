/**
 * The Noteworthy lists: "- *March 28:* The MIIT released … ([MIIT notice](#))". Each item gets
 * its date (the year from the reporting period), its text and its source labels. A line without
 * a bullet continues the item above it: PDF page breaks split items.
 */
import { dateInPeriod, parseMonthDay, type Period } from "./english-dates";
import { replaceLinks, splitTrailingSources, type LinkRef } from "./inline-links";
import type { ReportBuilder } from "./report";
import { toBlocks } from "./sections";
import type { SourceLine } from "./source-lines";

export interface NewsDraft {
  date: string;
  text: string;
  sources: LinkRef[];
  lines: number[];
}

const DATED = /^(.{3,25}?)\s*(?:[:：]|\s[–—-])\s+(\S.*)$/;

export function parseNews(
  lines: readonly SourceLine[],
  period: Period,
  report: ReportBuilder,
): NewsDraft[] {
  const seen = new Map<string, number>();
  return toBlocks(lines, "always").flatMap((block): NewsDraft[] => {
    const first = block.lines[0] ?? null;
    if (block.kind !== "bullet") {
      report.reject(block.lines, "not a news item: news items are bullets such as '- March 28: …'");
      return [];
    }
    const dated = DATED.exec(block.text);
    const monthDay = dated?.[1] === undefined ? null : parseMonthDay(dated[1]);
    const date = monthDay ? dateInPeriod(monthDay, period) : null;
    if (!dated || !date) {
      report.reject(block.lines, "news item without a date such as '*March 28:*'");
      return [];
    }
    if (!date.inPeriod) {
      report.warn(
        first,
        `'${dated[1]}' is outside the reporting period ${period.start} – ${period.end}; dated ${date.iso}, check it`,
      );
    }
    // Stryker disable next-line StringLiteral: DATED always captures group 2 when it matches, so the "" fallback is never used
    const { text, sources } = splitTrailingSources(dated[2] ?? "");
    if (sources.length === 0)
      report.warn(first, "news item without a source such as '([MIIT notice](#))'");
    const plain = replaceLinks(text).text.trim();
    if (plain === "") {
      report.reject(block.lines, "news item without text");
      return [];
    }
    const key = `${date.iso} ${plain}`;
    const repeatOf = seen.get(key);
    if (repeatOf !== undefined) {
      report.reject(block.lines, `a repeat of the news item on line ${repeatOf}`);
      return [];
    }
    seen.set(key, first ?? 0);
    report.use(block.lines);
    return [{ date: date.iso, text: plain, sources, lines: block.lines }];
  });
}
