import type { Company, Country, DataProblem, IssuingBody, Registries, Sector } from "@/data/model";
import type { CompanyFile, CountryFile, IssuingBodyFile, SectorFile } from "@/data/schema";
import { problem } from "@/data/problems";

export interface RegistryFiles {
  issuingBodies: { file: string; records: IssuingBodyFile[] };
  companies: { file: string; records: CompanyFile[] };
  countries: { file: string; records: CountryFile[] };
  sectors: { file: string; records: SectorFile[] };
}

/** Lookups by id (and by country code) built once for resolving references. */
export interface RegistryIndex {
  registries: Registries;
  issuingBodies: Map<string, IssuingBody>;
  companies: Map<string, Company>;
  countries: Map<string, Country>;
  sectors: Map<string, Sector>;
}

/**
 * Resolves registry records into the app's model: companies get their country record.
 * Duplicate ids and unknown country codes are reported; the first record with an id wins.
 */
export function normaliseRegistries(files: RegistryFiles): {
  index: RegistryIndex;
  problems: DataProblem[];
} {
  const problems: DataProblem[] = [];
  const countries = uniqueBy(files.countries, "countries", (c) => c.code, problems);
  const countryByCode = new Map(countries.map((c) => [c.code, { ...c }]));
  const issuingBodies = uniqueBy(files.issuingBodies, "issuingBodies", (b) => b.id, problems);
  const sectors = uniqueBy(files.sectors, "sectors", (s) => s.id, problems);
  const companies: Company[] = [];
  uniqueBy(files.companies, "companies", (c) => c.id, problems).forEach((record) => {
    const country = countryByCode.get(record.country);
    if (!country) {
      const at = files.companies.records.indexOf(record);
      problems.push(
        problem(
          files.companies.file,
          `companies[${at}].country`,
          `unknown country code '${record.country}'; add it to ${files.countries.file}`,
        ),
      );
      return;
    }
    companies.push({
      id: record.id,
      name: record.name,
      nameZh: record.nameZh ?? null,
      aliases: record.aliases,
      country,
      parentId: record.parent ?? null,
      annotated: record.annotated,
    });
  });
  const registries: Registries = {
    issuingBodies: issuingBodies.map((b) => ({ ...b })),
    companies,
    countries: [...countryByCode.values()],
    sectors: sectors.map((s) => ({ ...s })),
  };
  return {
    index: {
      registries,
      issuingBodies: new Map(registries.issuingBodies.map((b) => [b.id, b])),
      companies: new Map(companies.map((c) => [c.id, c])),
      countries: countryByCode,
      sectors: new Map(registries.sectors.map((s) => [s.id, s])),
    },
    problems,
  };
}

function uniqueBy<T>(
  source: { file: string; records: T[] },
  listName: string,
  keyOf: (record: T) => string,
  problems: DataProblem[],
): T[] {
  const seen = new Set<string>();
  return source.records.filter((record, at) => {
    const key = keyOf(record);
    if (seen.has(key)) {
      problems.push(
        problem(source.file, `${listName}[${at}]`, `duplicate id '${key}'; the first one is used`),
      );
      return false;
    }
    seen.add(key);
    return true;
  });
}
