/**
 * Unknown companies and issuing bodies become proposed registry records for a person to review.
 * Facts the brief does not give (a company's country, a body's Chinese name) can come from the
 * annotations file; what is still missing is named, and such a proposal is never written.
 */
import {
  CompanySchema,
  IssuingBodySchema,
  type CompanyFile,
  type IssuingBodyFile,
} from "@/data/schema";
import type { AnnotationLookup } from "./annotation-lookup";
import { findNames, isAcronymLike, type IngestRegistries } from "./entity-registries";
import type { IngestReport, ReportBuilder } from "./report";
import type { UnknownCompany } from "./resolve-companies";
import { toIssuerRecord, type UnknownIssuer } from "./resolve-issuers";
import { toSlug } from "./slugs";

export function proposeIssuer(
  unknown: UnknownIssuer,
  line: number | null,
  annotations: AnnotationLookup,
  report: ReportBuilder,
): void {
  const record = toIssuerRecord(unknown);
  const extra = annotations.issuer(unknown.text);
  const merged: Partial<IssuingBodyFile> = {
    ...record,
    ...(extra?.acronym ? { acronym: extra.acronym } : {}),
    ...(extra?.nameEn ? { nameEn: extra.nameEn } : {}),
    ...(extra?.nameZh ? { nameZh: extra.nameZh } : {}),
    ...(extra?.kind ? { kind: extra.kind } : {}),
  };
  const idSource = merged.acronym ?? merged.nameEn;
  if (idSource) merged.id = toSlug(idSource);
  // Names set by hand may not contain the printed one ("Cyberspace Administration" for
  // "Cyberspace Administration of China"): keep it as an alias, so the text finds the body.
  const names = [merged.acronym, merged.nameEn, merged.nameZh].flatMap((name) =>
    // Stryker disable next-line StringLiteral: the probe entries' id is never read, only whether a name is found
    name ? [{ id: "", name, caseSensitive: isAcronymLike(name) }] : [],
  );
  if (findNames(unknown.text, names).length === 0) merged.aliases = [unknown.text];
  const required = ["id", "acronym", "nameEn", "nameZh", "kind"] as const;
  const missing = required.filter((field) => !merged[field]);
  report.warn(line, `unknown issuing body '${unknown.text}': not in the issuing-bodies registry`);
  report.proposeIssuer({ name: unknown.text, line, record: merged, missing });
}

export function proposeCompany(
  unknown: UnknownCompany,
  line: number | null,
  annotations: AnnotationLookup,
  report: ReportBuilder,
): void {
  const annotated = annotations.company(unknown.name);
  const country = unknown.country ?? annotated?.country ?? null;
  const name = annotated?.nameEn ?? unknown.name;
  const fields = [
    ...(name === unknown.name ? [] : ["name"]),
    ...(annotated?.nameZh ? ["nameZh"] : []),
    ...(annotated?.country && !unknown.country ? ["country"] : []),
  ];
  const record: Partial<CompanyFile> = {
    id: toSlug(name),
    name,
    ...(annotated?.nameZh ? { nameZh: annotated.nameZh } : {}),
    aliases: name === unknown.name ? [] : [unknown.name],
    ...(country ? { country } : {}),
    ...(annotated && fields.length > 0 ? { note: annotated.note } : {}),
    annotated: fields,
  };
  report.warn(line, `unknown company '${unknown.name}': not in the companies registry`);
  report.proposeCompany({ name: unknown.name, line, record, missing: country ? [] : ["country"] });
}

/** The registries with every complete proposal added (the records a reviewer need not finish). */
export function acceptProposals(
  report: IngestReport,
  registries: IngestRegistries,
): {
  registries: IngestRegistries;
  added: { issuingBodies: IssuingBodyFile[]; companies: CompanyFile[] };
} {
  const companies: CompanyFile[] = [];
  for (const proposal of report.proposals.companies) {
    const record = CompanySchema.safeParse(proposal.record);
    if (proposal.missing.length > 0 || !record.success) continue;
    const known = [...registries.companies, ...companies].some((c) => c.id === record.data.id);
    if (!known) companies.push(record.data);
  }
  const issuingBodies: IssuingBodyFile[] = [];
  for (const proposal of report.proposals.issuingBodies) {
    const record = IssuingBodySchema.safeParse(proposal.record);
    if (proposal.missing.length > 0 || !record.success) continue;
    const known = [...registries.issuingBodies, ...issuingBodies].some(
      (b) => b.id === record.data.id,
    );
    if (!known) issuingBodies.push(record.data);
  }
  return {
    registries: {
      ...registries,
      companies: [...registries.companies, ...companies],
      issuingBodies: [...registries.issuingBodies, ...issuingBodies],
    },
    added: { issuingBodies, companies },
  };
}
