/**
 * From a China Industries brief's plain text (extracted from the PDF, Markdown, or copied from
 * the web page) to a brief in the app's schema, with a report of everything it could not use.
 * Pure and deterministic: no I/O, the same input gives the same output, and no string throws.
 */
import type { z } from "zod";
import type { BriefSchema } from "@/data/schema";
import { createAnnotationLookup } from "./annotation-lookup";
import { emptyAnnotations, type Annotations } from "./annotations";
import { buildCorporateNews, buildPolicyNews } from "./build-news";
import { buildTop5 } from "./build-top5";
import type { BuildContext } from "./build-context";
import { checkContents } from "./contents";
import { deriveTargets } from "./derive-targets";
import type { IngestRegistries } from "./entity-registries";
import { withResolvedNames } from "./resolved-names";
import { briefIdOf, parseHeader } from "./parse-header";
import { parseNews } from "./parse-news";
import { parsePeople } from "./parse-people";
import { parseTop5 } from "./parse-top5";
import { checkInputSize } from "./input-limits";
import { createReport, type IngestReport } from "./report";
import { splitSections } from "./sections";
import { toSourceLines, type SourceLine } from "./source-lines";

/** A brief as written to disk: the schema's input shape (defaults may be spelled out). */
export type BriefInput = z.input<typeof BriefSchema>;

/** `needsDates`: the text lacks its header line; the analyst can give the dates instead. */
export type ParseBriefResult =
  | { ok: true; brief: BriefInput; report: IngestReport }
  | { ok: false; error: string; report: IngestReport; needsDates?: true };

export interface ParseBriefOptions {
  registries: IngestRegistries;
  /** The brief's annotations; none when left out. */
  annotations?: Annotations;
  /** Ids already used by the other briefs of the dataset: items get other ids, with a warning. */
  takenIds?: ReadonlySet<string>;
}

export const NOT_A_BRIEF =
  "this is not a China Industries brief: it has no header line like 'MAY 3, 2023 (REPORTING PERIOD: MARCH 28 - APRIL 24)' and no 'MERICS Top 5', 'Policy news' or 'Corporate news' section";

export function parseBrief(text: string, options: ParseBriefOptions): ParseBriefResult {
  const report = createReport();
  const tooLarge = checkInputSize(text);
  if (tooLarge) return { ok: false, error: tooLarge, report: report.finish([]) };
  const lines = toSourceLines(text);
  const { sections, headings, unheadedTop5 } = splitSections(lines);
  const fail = (error: string): Extract<ParseBriefResult, { ok: false }> => ({
    ok: false,
    error,
    report: report.finish(lines),
  });
  const repeated = describeRepeats(lines, headings);
  if (repeated) return fail(repeated);
  if (!looksLikeBrief(lines, headings, unheadedTop5)) return fail(NOT_A_BRIEF);
  const parsedHeader = parseHeader(
    lines,
    sections.front ?? [],
    options.annotations?.header,
    report,
  );
  if ("error" in parsedHeader) {
    const result = fail(parsedHeader.error);
    return parsedHeader.needsDates ? { ...result, needsDates: true } : result;
  }
  const { header } = parsedHeader;
  if (unheadedTop5) {
    report.warn(
      unheadedTop5.number,
      `no 'MERICS Top 5' heading; the numbered items from line ${unheadedTop5.number} are read as the Top 5`,
    );
  }
  const id = briefIdOf(header.publishedOn);
  const annotations = options.annotations ?? emptyAnnotations(id);
  if (annotations.brief !== id) {
    return fail(`the annotations are for brief '${annotations.brief}', this brief is '${id}'`);
  }
  for (const heading of headings) {
    const furniture =
      // Stryker disable next-line ConditionalExpression: splitSections puts only heading lines in headings
      heading.kind.kind === "heading" &&
      ["contents", "contact", "publisher"].includes(heading.kind.section);
    if (furniture) report.skip([heading.number], "page furniture");
    else report.use([heading.number]);
  }
  [...(sections.contact ?? []), ...(sections.publisher ?? [])].forEach((line) =>
    report.skip([line.number], "publisher's imprint"),
  );
  report.reject(
    // Stryker disable next-line ConditionalExpression: rejected blank lines are dropped by the report anyway
    (sections.noteworthy ?? []).filter((l) => l.kind.kind !== "blank").map((l) => l.number),
    "text under NOTEWORTHY outside its 'Policy news' and 'Corporate news' lists",
  );

  const context: BuildContext = {
    registries: withResolvedNames(options.registries, annotations, report),
    annotations: createAnnotationLookup(annotations),
    report,
    takenIds: new Set([...(options.takenIds ?? []), id]),
  };
  const top5 = buildTop5(parseTop5(sections.top5 ?? [], header.reportingPeriod, report), context);
  const present = new Set(
    headings.flatMap((l) => (l.kind.kind === "heading" ? [l.kind.section] : [])),
  );
  checkContents(
    sections.contents ?? [],
    top5.map(({ item }) => item),
    present,
    report,
  );
  const policyNews = buildPolicyNews(
    parseNews(sections.policyNews ?? [], header.reportingPeriod, report),
    context,
  );
  const corporateNews = buildCorporateNews(
    parseNews(sections.corporateNews ?? [], header.reportingPeriod, report),
    context,
  );
  const targets = deriveTargets(top5, policyNews, context);
  const authors = parsePeople(sections.authors ?? [], report);
  const editors = parsePeople(sections.editors ?? [], report);
  if (authors.length === 0)
    report.warn(null, "no authors: the brief has no AUTHORS section with names");
  context.annotations
    .unused()
    .forEach((entry) => report.warn(null, `annotation ${entry} matches nothing in the brief`));
  if (top5.length + policyNews.length + corporateNews.length === 0) {
    return fail("found no complete Top 5 item and no news item; see the unparsed lines");
  }
  return {
    ok: true,
    brief: {
      $schema: "../schema/brief.schema.json",
      id,
      series: header.series,
      publishedOn: header.publishedOn,
      reportingPeriod: header.reportingPeriod,
      authors,
      editors,
      top5: top5.map(({ item }) => item),
      policyNews,
      corporateNews,
      targets,
    },
    report: report.finish(lines),
  };
}

/**
 * A header line, a brief's section heading, or (older issues) a brief's title above numbered
 * items: anything less is some other text.
 */
function looksLikeBrief(
  lines: readonly SourceLine[],
  headings: readonly SourceLine[],
  unheadedTop5: SourceLine | null,
): boolean {
  const sectionHeading = headings.some(
    (l) =>
      // Stryker disable next-line ConditionalExpression: splitSections puts only heading lines in headings
      l.kind.kind === "heading" && ["top5", "policyNews", "corporateNews"].includes(l.kind.section),
  );
  const titled = lines.some((l) => l.kind.kind === "title");
  return (
    lines.some((l) => l.kind.kind === "header") ||
    sectionHeading ||
    (unheadedTop5 !== null && titled)
  );
}

const LISTED = 5;
const SECTION_TITLES: Partial<Record<string, string>> = {
  top5: "MERICS Top 5",
  policyNews: "Policy news",
  corporateNews: "Corporate news",
};

/**
 * A text holding a brief more than once (pasted twice, or a whole folder joined) would be read
 * as one brief with every news item repeated; it is refused with where the copies start.
 */
function describeRepeats(
  lines: readonly SourceLine[],
  headings: readonly SourceLine[],
): string | null {
  const at = (found: readonly SourceLine[]) =>
    `lines ${found
      .slice(0, LISTED)
      .map((l) => l.number)
      .join(", ")}${found.length > LISTED ? ", …" : ""}`;
  const headers = lines.filter((line) => line.kind.kind === "header");
  if (headers.length > 1) {
    const distinct = new Set(headers.map((line) => line.text)).size;
    return distinct === 1
      ? // Stryker disable next-line StringLiteral: with two or more headers, headers[0] is never undefined
        `the text holds the same brief ${headers.length} times (its header line '${headers[0]?.text ?? ""}' is on ${at(headers)}); ingest one copy`
      : `the text holds ${headers.length} briefs (headers on ${at(headers)}); ingest each brief on its own`;
  }
  for (const [section, title] of Object.entries(SECTION_TITLES)) {
    const found = headings.filter((l) => l.kind.kind === "heading" && l.kind.section === section);
    if (found.length > 1) {
      return `the '${title ?? section}' heading appears ${found.length} times (${at(found)}): the text holds more than one brief, or one brief repeated; ingest one brief at a time`;
    }
  }
  return null;
}
