/**
 * The ingest checks its own output the way the app will read it: the zod schema, then the
 * normalisation against the registries (unknown ids, duplicate ids, dates outside the period).
 */
import { normaliseBrief } from "../src/data/normalise-brief";
import { normaliseRegistries } from "../src/data/normalise-registries";
import { formatProblem, toDataProblems } from "../src/data/problems";
import { BriefSchema } from "../src/data/schema";
import type { IngestRegistries } from "../src/ingest/entity-registries";

export interface Validation {
  errors: string[];
  warnings: string[];
}

export function validateOutput(
  file: string,
  value: unknown,
  registries: IngestRegistries,
): Validation {
  const parsed = BriefSchema.safeParse(value);
  if (!parsed.success) {
    return { errors: toDataProblems(file, parsed.error).map(formatProblem), warnings: [] };
  }
  const { index, problems: registryProblems } = normaliseRegistries({
    issuingBodies: { file: "issuing-bodies registry", records: registries.issuingBodies },
    companies: { file: "companies registry", records: registries.companies },
    countries: { file: "countries registry", records: registries.countries },
    sectors: { file: "sectors registry", records: registries.sectors },
  });
  const { problems } = normaliseBrief(file, parsed.data, index);
  const all = [...registryProblems, ...problems];
  return {
    errors: all.filter((p) => p.severity === "error").map(formatProblem),
    warnings: all.filter((p) => p.severity === "warning").map(formatProblem),
  };
}
