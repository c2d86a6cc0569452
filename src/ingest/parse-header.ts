/**
 * The front of a brief: its title ("MERICS" / "China Industries") and the header line with the
 * publication date and reporting period: "MAY 3, 2023 (REPORTING PERIOD: MARCH 28 - APRIL 24)".
 */
import { parseFullDate, parsePeriod, type Period } from "./english-dates";
import type { ReportBuilder } from "./report";
import { toSourceLines, type SourceLine } from "./source-lines";

export const SERIES = "MERICS China Industries";

export interface BriefHeader {
  publishedOn: string;
  reportingPeriod: Period;
  series: string;
}

/** A monthly brief covers about a month; a longer period suggests a misread header. */
const LONGEST_PERIOD_DAYS = 92;

export const HEADER_EXAMPLE = "MAY 3, 2023 (REPORTING PERIOD: MARCH 28 - APRIL 24)";

/** Reads the header and title lines; the error says what to fix when the header is unusable. */
export function parseHeader(
  lines: readonly SourceLine[],
  front: readonly SourceLine[],
  report: ReportBuilder,
): { header: BriefHeader } | { error: string } {
  const line = lines.find((l) => l.kind.kind === "header");
  if (!line || line.kind.kind !== "header") {
    return {
      error: `found no header line with the publication date and reporting period; the brief should start with a line like '${HEADER_EXAMPLE}'`,
    };
  }
  const publishedOn = parseFullDate(line.kind.published);
  const period = publishedOn ? parsePeriod(line.kind.period, publishedOn) : null;
  if (!publishedOn || !period) {
    return {
      error: `line ${line.number}: cannot read the dates in '${line.text}'; write it like '${HEADER_EXAMPLE}'`,
    };
  }
  report.use([line.number]);
  const days = (Date.parse(period.end) - Date.parse(period.start)) / 86_400_000;
  if (days > LONGEST_PERIOD_DAYS) {
    report.warn(
      line.number,
      `the reporting period ${period.start} – ${period.end} is ${days + 1} days long; check the header`,
    );
  }
  const titles = front.filter((l) => l.kind.kind === "title");
  report.use(titles.map((l) => l.number));
  if (titles.length === 0) {
    report.warn(
      null,
      `no 'MERICS China Industries' title found; the series is taken to be '${SERIES}'`,
    );
  }
  for (const other of front) {
    if (other.kind.kind !== "blank" && other.kind.kind !== "title" && other !== line) {
      report.reject([other.number], "text before the first section");
    }
  }
  return { header: { publishedOn, reportingPeriod: period, series: SERIES } };
}

/** A brief's id: its publication date and the series, e.g. 2023-05-03-china-industries. */
export function briefIdOf(publishedOn: string): string {
  return `${publishedOn}-china-industries`;
}

/** The id of the brief a text holds, read from its header line; null when it has none. */
export function readBriefId(text: string): string | null {
  const header = toSourceLines(text).find((line) => line.kind.kind === "header");
  const publishedOn = header?.kind.kind === "header" ? parseFullDate(header.kind.published) : null;
  return publishedOn ? briefIdOf(publishedOn) : null;
}
