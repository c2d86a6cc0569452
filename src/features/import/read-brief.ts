/**
 * The import's reading, shared by text and JSON input: text goes through the ingest's parser
 * exactly as `npm run ingest -- --update-registries` does (complete proposals join the
 * registries, then the text is read again); a brief JSON file is checked as the loader checks
 * a shipped file. Pure: it runs in the import worker and in unit tests.
 */
import type { z } from "zod";
import type { CompanyFile, IssuingBodyFile } from "@/data/schema";
import { BriefSchema } from "@/data/schema";
import { normaliseBrief } from "@/data/normalise-brief";
import { normaliseRegistries } from "@/data/normalise-registries";
import { formatProblem, toDataProblems } from "@/data/problems";
import type { Annotations } from "@/ingest/annotations";
import type { IngestRegistries } from "@/ingest/entity-registries";
import type { IngestReport } from "@/ingest/report";
import { parseBrief, type BriefInput, type ParseBriefResult } from "@/ingest/parse-brief";
import { acceptProposals } from "@/ingest/registry-proposals";

export interface RegistryAdditions {
  issuingBodies: IssuingBodyFile[];
  companies: CompanyFile[];
}

export const NO_ADDITIONS: RegistryAdditions = { issuingBodies: [], companies: [] };

export interface ReadText {
  result: ParseBriefResult;
  additions: RegistryAdditions;
  /** Every name the registries lacked on the first reading, complete or not (for the review). */
  unknownNames: IngestReport["proposals"];
}

const NO_NAMES: IngestReport["proposals"] = { issuingBodies: [], companies: [] };

export function readBriefText(
  text: string,
  registries: IngestRegistries,
  annotations?: Annotations,
): ReadText {
  const first = parseBrief(text, { registries, annotations });
  if (!first.ok) return { result: first, additions: NO_ADDITIONS, unknownNames: NO_NAMES };
  const unknownNames = first.report.proposals;
  const accepted = acceptProposals(first.report, registries);
  if (accepted.added.companies.length + accepted.added.issuingBodies.length === 0) {
    return { result: first, additions: NO_ADDITIONS, unknownNames };
  }
  return {
    result: parseBrief(text, { registries: accepted.registries, annotations }),
    additions: accepted.added,
    unknownNames,
  };
}

export type ReadJson = { ok: true; brief: BriefInput } | { ok: false; problems: string[] };

/** A brief JSON file, with every problem as `file → path: problem`, as the loader says it. */
export function readBriefJson(name: string, text: string, registries: IngestRegistries): ReadJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`${name}: is not valid JSON (${reason})`] };
  }
  const parsed = BriefSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: problemsOf(name, parsed.error) };
  const { index } = normaliseRegistries({
    issuingBodies: { file: "issuing-bodies registry", records: registries.issuingBodies },
    companies: { file: "companies registry", records: registries.companies },
    countries: { file: "countries registry", records: registries.countries },
    sectors: { file: "sectors registry", records: registries.sectors },
  });
  const errors = normaliseBrief(name, parsed.data, index).problems.filter(
    (p) => p.severity === "error",
  );
  if (errors.length > 0) return { ok: false, problems: errors.map(formatProblem) };
  return { ok: true, brief: parsed.data };
}

function problemsOf(name: string, error: z.ZodError): string[] {
  return toDataProblems(name, error).map(formatProblem);
}
