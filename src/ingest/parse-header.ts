/**
 * The front of a brief: its title ("MERICS" / "China Industries") and the header line with the
 * publication date and reporting period: "MAY 3, 2023 (REPORTING PERIOD: MARCH 28 - APRIL 24)".
 */
import { parseFullDate, parsePeriod, type Period } from "./english-dates";
import type { Annotations } from "./annotations";
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

export const NO_HEADER = `found no header line with the publication date and reporting period; the brief should start with a line like '${HEADER_EXAMPLE}', or give the dates on the review screen (annotation 'header')`;

type HeaderDates = Pick<BriefHeader, "publishedOn" | "reportingPeriod">;

/**
 * Reads the header and title lines; the error says what to fix when the header is unusable.
 * A text without a header line (a copied web page) takes the dates the analyst gave.
 */
export function parseHeader(
  lines: readonly SourceLine[],
  front: readonly SourceLine[],
  given: Annotations["header"],
  report: ReportBuilder,
): { header: BriefHeader } | { error: string; needsDates?: true } {
  const dates = readHeaderLine(lines, given, report);
  if ("error" in dates) return dates;
  const { publishedOn, reportingPeriod: period } = dates;
  const line = lines.find((l) => l.kind.kind === "header");
  const days = (Date.parse(period.end) - Date.parse(period.start)) / 86_400_000;
  if (days > LONGEST_PERIOD_DAYS) {
    report.warn(
      line?.number ?? null,
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

function readHeaderLine(
  lines: readonly SourceLine[],
  given: Annotations["header"],
  report: ReportBuilder,
): HeaderDates | { error: string; needsDates?: true } {
  const line = lines.find((l) => l.kind.kind === "header");
  if (!line || line.kind.kind !== "header") {
    if (!given) return { error: NO_HEADER, needsDates: true };
    report.warn(
      null,
      `the text has no header line; the publication date ${given.publishedOn} and reporting period ${given.reportingPeriod.start} – ${given.reportingPeriod.end} are annotations`,
    );
    return { publishedOn: given.publishedOn, reportingPeriod: given.reportingPeriod };
  }
  const publishedOn = parseFullDate(line.kind.published);
  const period = publishedOn ? parsePeriod(line.kind.period, publishedOn) : null;
  if (!publishedOn || !period) {
    return {
      error: `line ${line.number}: cannot read the dates in '${line.text}'; write it like '${HEADER_EXAMPLE}'`,
    };
  }
  report.use([line.number]);
  if (given) {
    report.warn(line.number, "the annotations' header is not used: the text has a header line");
  }
  return { publishedOn, reportingPeriod: period };
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
