/**
 * Spreadsheet rows to policy documents: date with its precision, Chinese and/or English title,
 * issuing bodies (from a names column, the document number's series, a co-issuer column and the
 * Chinese title), and the document number in canonical form. The result is a brief-shaped file
 * whose `documents` hold the rows; rows that cannot be used are reported with their line.
 */
import { lastOrdinal, parseCalendarDate } from "@/core/calendar-date";
import type { PolicyDocumentFile } from "@/data/schema";
import { createAnnotationLookup } from "./annotation-lookup";
import { emptyAnnotations } from "./annotations";
import { parseCellDate } from "./cell-dates";
import { parseCsv, type CsvRow } from "./csv";
import type { CsvMapping } from "./csv-mapping";
import { CENTRAL_SERIES, formatDocumentNumber, parseDocumentNumber } from "./document-number";
import type { IngestRegistries } from "./entity-registries";
import { checkInputSize } from "./input-limits";
import type { BriefInput } from "./parse-brief";
import { proposeIssuer } from "./registry-proposals";
import { createReport, type IngestReport, type ReportBuilder } from "./report";
import { resolveChineseTitleIssuers, resolveIssuerList } from "./resolve-issuers";
import { uniqueId } from "./slugs";
import type { SourceLine } from "./source-lines";

export interface CsvImportSummary {
  rows: number;
  documents: number;
  /** Documents dated by their document number's year because the row has no date. */
  datedByNumber: number;
}

export type CsvImportResult =
  | { ok: true; brief: BriefInput; report: IngestReport; summary: CsvImportSummary }
  | { ok: false; error: string; report: IngestReport };

export function importPolicyCsv(
  text: string,
  mapping: CsvMapping,
  registries: IngestRegistries,
  /** Ids already used by the other briefs of the dataset. */
  takenIds: ReadonlySet<string> = new Set(),
): CsvImportResult {
  const report = createReport();
  const tooLarge = checkInputSize(text, "file");
  if (tooLarge) return { ok: false, error: tooLarge, report: report.finish([]) };
  const table = parseCsv(text);
  const lines: SourceLine[] = table.rows.map((row) => {
    const joined = row.cells.join(",");
    return {
      number: row.line,
      text: joined,
      kind:
        joined.replace(/,/g, "").trim() === "" ? { kind: "blank" } : { kind: "text", text: joined },
    };
  });
  const missing = Object.entries({ ...mapping.columns, joint: mapping.jointIssuers?.column })
    .filter(([, column]) => column !== undefined && !table.header.includes(column))
    // Stryker disable next-line StringLiteral: the filter above keeps only defined columns, so the ?? fallback never applies
    .map(([field, column]) => `'${column ?? ""}' (mapped as ${field})`);
  if (missing.length > 0) {
    return {
      ok: false,
      error: `the CSV header has no column ${missing.join(", ")}; its columns are: ${table.header.join(", ")}`,
      report: report.finish(lines),
    };
  }
  const taken = new Set<string>([...takenIds, mapping.list.id]);
  const summary: CsvImportSummary = { rows: 0, documents: 0, datedByNumber: 0 };
  const documents: PolicyDocumentFile[] = [];
  table.rows.forEach((row, at) => {
    if (lines[at]?.kind.kind === "blank") return;
    summary.rows += 1;
    const document = toDocument(row, table.header, mapping, registries, report, taken, summary);
    if (document) documents.push(document);
  });
  summary.documents = documents.length;
  const period = periodOf(documents);
  if (!period) {
    return {
      ok: false,
      error: "no row could be used; see the unparsed rows",
      report: report.finish(lines),
    };
  }
  return {
    ok: true,
    brief: {
      $schema: "../schema/brief.schema.json",
      id: mapping.list.id,
      series: mapping.list.series,
      publishedOn: mapping.list.publishedOn,
      reportingPeriod: period,
      authors: mapping.list.authors,
      editors: [],
      top5: [],
      policyNews: [],
      corporateNews: [],
      targets: [],
      documents,
    },
    report: report.finish(lines),
    summary,
  };
}

function toDocument(
  row: CsvRow,
  header: readonly string[],
  mapping: CsvMapping,
  registries: IngestRegistries,
  report: ReportBuilder,
  taken: Set<string>,
  summary: CsvImportSummary,
): PolicyDocumentFile | null {
  const cell = (column: string | undefined) =>
    column === undefined ? "" : (row.cells[header.indexOf(column)] ?? "").trim();
  const reject = (reason: string) => {
    report.reject([row.line], reason);
    return null;
  };
  const numberText = cell(mapping.columns.documentNumber);
  // Stryker disable next-line ConditionalExpression,StringLiteral: parseDocumentNumber("") is null too; the test only saves a call
  const number = numberText === "" ? null : parseDocumentNumber(numberText);
  if (numberText !== "" && !number)
    report.warn(row.line, `cannot read the document number '${numberText}'`);
  const titleZh = cell(mapping.columns.titleZh) || null;
  const titleEn = cell(mapping.columns.titleEn) || null;
  if (!titleZh && !titleEn) return reject("no title");
  const dateText = cell(mapping.columns.date);
  // Stryker disable next-line ConditionalExpression,StringLiteral: parseCellDate("") is null too; the test only saves a call
  let date = dateText === "" ? null : parseCellDate(dateText);
  if (dateText !== "" && !date) report.warn(row.line, `cannot read the date '${dateText}'`);
  if (!date && mapping.dateFromDocumentNumber && number) {
    date = String(number.year);
    summary.datedByNumber += 1;
  }
  if (!date) return reject(dateText === "" ? "no date" : `no readable date ('${dateText}')`);
  if (number && !date.startsWith(String(number.year))) {
    report.warn(
      row.line,
      `dated ${date}, but its document number ${numberText} is of ${number.year}`,
    );
  }
  const issuingBodies = issuersOf(
    row,
    cell,
    number?.series ?? null,
    titleZh,
    mapping,
    registries,
    report,
  );
  if (issuingBodies.length === 0) return reject("no issuing body from the registry");
  const central = number ? CENTRAL_SERIES[number.series] : undefined;
  const derivedId =
    number && central
      ? `${central.slug}-${number.year}-${number.serial}`
      : `${mapping.list.id}-row-${row.line}`;
  const id = uniqueId(derivedId, taken);
  if (id !== derivedId)
    report.warn(row.line, `a second row with document number ${numberText}; its id is '${id}'`);
  report.use([row.line]);
  return {
    id,
    date,
    issuingBodies,
    titleZh,
    titleEn,
    ...(number ? { number: formatDocumentNumber(number) } : {}),
    sectors: [],
    sources: [],
    annotated: [],
  };
}

function issuersOf(
  row: CsvRow,
  cell: (column: string | undefined) => string,
  series: string | null,
  titleZh: string | null,
  mapping: CsvMapping,
  registries: IngestRegistries,
  report: ReportBuilder,
): string[] {
  const known = new Set(registries.issuingBodies.map((body) => body.id));
  const lookup = createAnnotationLookup(emptyAnnotations(mapping.list.id));
  const named = resolveIssuerList(cell(mapping.columns.issuingBodies), registries.issuingBodies);
  const jointValue = cell(mapping.jointIssuers?.column);
  const joint = mapping.jointIssuers?.values[jointValue];
  if (jointValue !== "" && !joint)
    report.warn(row.line, `co-issuer value '${jointValue}' is not in the mapping`);
  const title =
    mapping.issuersFromTitle && titleZh
      ? resolveChineseTitleIssuers(titleZh, registries.issuingBodies)
      : null;
  [...named.unknown, ...(title?.unknown ?? [])].forEach((unknown) =>
    proposeIssuer(unknown, row.line, lookup, report),
  );
  const ids = [
    ...named.ids,
    ...(series && CENTRAL_SERIES[series] ? [CENTRAL_SERIES[series].issuer] : []),
    ...(joint ?? []),
    ...(title?.ids ?? []),
  ];
  return [...new Set(ids)].filter((id) => {
    if (known.has(id)) return true;
    report.warn(row.line, `issuing body '${id}' is not in the registry`);
    return false;
  });
}

/** From the earliest first day to the latest last day of the documents' dates. */
function periodOf(documents: readonly PolicyDocumentFile[]): { start: string; end: string } | null {
  const dates = documents.flatMap((document) => {
    const parsed = parseCalendarDate(document.date);
    return parsed ? [parsed] : [];
  });
  const first = dates.reduce<(typeof dates)[number] | null>(
    (min, d) => (min && min.ordinal <= d.ordinal ? min : d),
    null,
  );
  const last = dates.reduce<(typeof dates)[number] | null>(
    (max, d) => (max && lastOrdinal(max) >= lastOrdinal(d) ? max : d),
    null,
  );
  return first && last ? { start: first.iso, end: last.iso } : null;
}
