import type { Registries } from "@/data/model";
import type { IngestRegistries } from "@/ingest/entity-registries";

/** The loaded registries back in their file shape, which the parser resolves names against. */
export function toIngestRegistries(registries: Registries): IngestRegistries {
  return {
    issuingBodies: registries.issuingBodies.map((body) => ({ ...body })),
    companies: registries.companies.map((company) => ({
      id: company.id,
      name: company.name,
      ...(company.nameZh ? { nameZh: company.nameZh } : {}),
      aliases: company.aliases,
      country: company.country.code,
      ...(company.parentId ? { parent: company.parentId } : {}),
      annotated: company.annotated,
    })),
    countries: registries.countries.map((country) => ({ ...country })),
    sectors: registries.sectors.map((sector) => ({ ...sector })),
  };
}
