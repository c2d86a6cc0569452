/**
 * What an ingest tells the person running it. Every non-blank input line ends up in exactly one
 * place: used in the output, skipped as page furniture (with the reason), or unparsed.
 */
import type { CompanyFile, IssuingBodyFile } from "@/data/schema";
import type { SourceLine } from "./source-lines";

export interface ReportLine {
  line: number;
  text: string;
  reason: string;
}

export interface ReportWarning {
  /** 1-based input line, or null when the warning concerns the whole input. */
  line: number | null;
  message: string;
}

/** A registry record the input suggests; `missing` names what a reviewer still has to fill in. */
export interface Proposal<T> {
  /** The name as printed, which annotations use to find it. */
  name: string;
  line: number | null;
  record: Partial<T>;
  missing: string[];
}

/**
 * A Top 5 item whose text lacks parts of its document (a web copy without the Article, Issuing
 * bodies and Date lines): the review asks the analyst for them.
 */
export interface IncompleteItem {
  rank: number;
  headline: string;
  line: number | null;
  missing: ("titleEn" | "issuers" | "date")[];
  /** Registry bodies the item's text names (acronyms), to start the analyst off. */
  namedIssuers: string[];
}

export interface IngestReport {
  /** Lines represented in the output. */
  used: number[];
  warnings: ReportWarning[];
  unparsed: ReportLine[];
  skipped: ReportLine[];
  proposals: {
    issuingBodies: Proposal<IssuingBodyFile>[];
    companies: Proposal<CompanyFile>[];
  };
  /** The input lines each Top 5 and news item was read from, by item id (for reviewing). */
  itemLines: Record<string, number[]>;
  incomplete: IncompleteItem[];
}

/** Collects line accounting, warnings and proposals while a text is parsed. */
export interface ReportBuilder {
  use(lines: readonly number[]): void;
  skip(lines: readonly number[], reason: string): void;
  /** A line that was read but left out of the output; listed as unparsed with the reason. */
  reject(lines: readonly number[], reason: string): void;
  warn(line: number | null, message: string): void;
  /** Records which lines an output item came from. */
  itemFrom(id: string, lines: readonly number[]): void;
  incomplete(item: IncompleteItem): void;
  proposeIssuer(proposal: Proposal<IssuingBodyFile>): void;
  proposeCompany(proposal: Proposal<CompanyFile>): void;
  finish(lines: readonly SourceLine[]): IngestReport;
}

export function createReport(): ReportBuilder {
  const used = new Set<number>();
  const skipped = new Map<number, string>();
  const rejected = new Map<number, string>();
  const warnings: ReportWarning[] = [];
  const warned = new Set<string>();
  const issuingBodies: Proposal<IssuingBodyFile>[] = [];
  const companies: Proposal<CompanyFile>[] = [];
  const issuerNames = new Set<string>();
  const companyNames = new Set<string>();
  const itemLines: Record<string, number[]> = {};
  const incomplete: IncompleteItem[] = [];
  return {
    use: (lines) => lines.forEach((line) => used.add(line)),
    skip: (lines, reason) => lines.forEach((line) => skipped.set(line, reason)),
    reject: (lines, reason) =>
      lines.forEach((line) => {
        if (!rejected.has(line)) rejected.set(line, reason);
      }),
    warn: (line, message) => {
      // Stryker disable next-line StringLiteral: any text for a missing line keeps the key apart from numbered lines
      const key = `${line ?? ""}:${message}`;
      if (warned.has(key)) return;
      warned.add(key);
      warnings.push({ line, message });
    },
    itemFrom: (id, lines) => {
      itemLines[id] = [...lines];
    },
    incomplete: (item) => incomplete.push(item),
    proposeIssuer: (proposal) =>
      addProposal(
        issuingBodies,
        issuerNames,
        proposal,
        proposal.record.nameEn ?? proposal.record.acronym ?? proposal.record.nameZh,
      ),
    proposeCompany: (proposal) =>
      addProposal(companies, companyNames, proposal, proposal.record.name),
    finish: (lines) => {
      const unparsed: ReportLine[] = [];
      const skippedLines: ReportLine[] = [];
      const usedLines: number[] = [];
      for (const { number, text, kind, markupOnly } of lines) {
        if (markupOnly) skippedLines.push({ line: number, text, reason: "markup without text" });
        if (kind.kind === "blank") continue;
        // A rejection wins: a line read as part of an item but left out of it is unparsed.
        const rejectReason = rejected.get(number);
        const skipReason = skipped.get(number);
        if (rejectReason !== undefined) unparsed.push({ line: number, text, reason: rejectReason });
        else if (used.has(number)) usedLines.push(number);
        else if (skipReason !== undefined)
          skippedLines.push({ line: number, text, reason: skipReason });
        else unparsed.push({ line: number, text, reason: "not recognised" });
      }
      return {
        used: usedLines,
        warnings: [...warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
        unparsed,
        skipped: skippedLines,
        proposals: { issuingBodies, companies },
        itemLines,
        incomplete,
      };
    },
  };
}

/** Adds a proposal unless one for the same name was made; a set, as a list may name thousands. */
function addProposal<T>(
  list: Proposal<T>[],
  names: Set<string>,
  proposal: Proposal<T>,
  key: string | undefined,
): void {
  if (key !== undefined && names.has(key)) return;
  if (key !== undefined) names.add(key);
  list.push(proposal);
}
