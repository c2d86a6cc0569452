/**
 * `--update-registries`: proposed companies and issuing bodies that are complete (nothing left
 * for a reviewer to fill in) are added to the registries, sorted by id. The updated files are
 * returned, to be written with the brief or not at all.
 */
import { CompaniesFileSchema, IssuingBodiesFileSchema } from "../src/data/schema";
import type { IngestRegistries } from "../src/ingest/entity-registries";
import { acceptProposals } from "../src/ingest/registry-proposals";
import type { IngestReport } from "../src/ingest/report";
import { formatJson } from "../src/lib/format-json";
import { readJsonFile, type RegistryPaths } from "./ingest-files";

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
  const accepted = acceptProposals(report, registries);
  const added = [
    ...accepted.added.companies.map(
      (record) => `company '${record.id}' (${record.name}, ${record.country})`,
    ),
    ...accepted.added.issuingBodies.map(
      (record) => `issuing body '${record.id}' (${record.nameEn})`,
    ),
  ];
  const { companies, issuingBodies } = accepted.registries;
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  const files = new Map<string, string>();
  if (accepted.added.companies.length > 0) {
    const file = readJsonFile(paths.companies, CompaniesFileSchema);
    files.set(paths.companies, await formatJson({ ...file, companies: [...companies].sort(byId) }));
  }
  if (accepted.added.issuingBodies.length > 0) {
    const file = readJsonFile(paths.issuingBodies, IssuingBodiesFileSchema);
    files.set(
      paths.issuingBodies,
      await formatJson({ ...file, issuingBodies: [...issuingBodies].sort(byId) }),
    );
  }
  return { registries: accepted.registries, added, files };
}
