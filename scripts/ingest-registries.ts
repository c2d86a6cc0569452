/**
 * `--update-registries`: proposed companies and issuing bodies that are complete (nothing left
 * for a reviewer to fill in) are added to the registries, sorted by id. The updated files are
 * returned, to be written with the brief or not at all.
 */
import {
  CompaniesFileSchema,
  CompanySchema,
  IssuingBodiesFileSchema,
  IssuingBodySchema,
} from "../src/data/schema";
import type { IngestRegistries } from "../src/ingest/entity-registries";
import type { IngestReport } from "../src/ingest/report";
import { formatJson, readJsonFile, type RegistryPaths } from "./ingest-files";

export interface RegistryUpdate {
  registries: IngestRegistries;
  added: string[];
  /** Registry files to write, by path. */
  files: Map<string, string>;
}

export async function applyProposals(
  report: IngestReport,
  paths: RegistryPaths,
  registries: IngestRegistries,
): Promise<RegistryUpdate> {
  const added: string[] = [];
  const companies = [...registries.companies];
  for (const proposal of report.proposals.companies) {
    const record = CompanySchema.safeParse(proposal.record);
    if (proposal.missing.length > 0 || !record.success) continue;
    if (companies.some((c) => c.id === record.data.id)) continue;
    companies.push(record.data);
    added.push(`company '${record.data.id}' (${record.data.name}, ${record.data.country})`);
  }
  const issuingBodies = [...registries.issuingBodies];
  for (const proposal of report.proposals.issuingBodies) {
    const record = IssuingBodySchema.safeParse(proposal.record);
    if (proposal.missing.length > 0 || !record.success) continue;
    if (issuingBodies.some((b) => b.id === record.data.id)) continue;
    issuingBodies.push(record.data);
    added.push(`issuing body '${record.data.id}' (${record.data.nameEn})`);
  }
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  const files = new Map<string, string>();
  if (companies.length > registries.companies.length) {
    const file = readJsonFile(paths.companies, CompaniesFileSchema);
    files.set(
      paths.companies,
      await formatJson({ ...file, companies: companies.sort(byId) }, paths.companies),
    );
  }
  if (issuingBodies.length > registries.issuingBodies.length) {
    const file = readJsonFile(paths.issuingBodies, IssuingBodiesFileSchema);
    files.set(
      paths.issuingBodies,
      await formatJson({ ...file, issuingBodies: issuingBodies.sort(byId) }, paths.issuingBodies),
    );
  }
  return { registries: { ...registries, companies, issuingBodies }, added, files };
}
