/**
 * The ingest's file work: reading the registries through the manifest, formatting JSON as the
 * repository does (Prettier), writing atomically, and adding a file to the manifest.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import * as prettier from "prettier";
import type { z } from "zod";
import {
  CompaniesFileSchema,
  CountriesFileSchema,
  IssuingBodiesFileSchema,
  ManifestSchema,
  SectorsFileSchema,
} from "../src/data/schema";
import type { IngestRegistries } from "../src/ingest/entity-registries";

/** A problem with a file that the person running the ingest has to fix. */
export class InputError extends Error {}

export function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new InputError(
      `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

export function readJsonFile<T>(path: string, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(readText(path));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      `${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `  ${issue.path.join(".") || "(file)"}: ${issue.message}`,
  );
  throw new InputError(`${path} does not validate:\n${problems.join("\n")}`);
}

export interface RegistryPaths {
  issuingBodies: string;
  companies: string;
  countries: string;
  sectors: string;
}

export function registryPaths(manifestPath: string): RegistryPaths {
  const manifest = readJsonFile(manifestPath, ManifestSchema);
  const at = (path: string) => resolve(dirname(manifestPath), path);
  return {
    issuingBodies: at(manifest.registries.issuingBodies),
    companies: at(manifest.registries.companies),
    countries: at(manifest.registries.countries),
    sectors: at(manifest.registries.sectors),
  };
}

export function readRegistries(paths: RegistryPaths): IngestRegistries {
  return {
    issuingBodies: readJsonFile(paths.issuingBodies, IssuingBodiesFileSchema).issuingBodies,
    companies: readJsonFile(paths.companies, CompaniesFileSchema).companies,
    countries: readJsonFile(paths.countries, CountriesFileSchema).countries,
    sectors: readJsonFile(paths.sectors, SectorsFileSchema).sectors,
  };
}

/**
 * JSON as the repository formats it: two-space JSON through Prettier with the repository's
 * config (looked up from the working folder, so a file written elsewhere is formatted the same).
 */
export async function formatJson(value: unknown, path: string): Promise<string> {
  const config = (await prettier.resolveConfig(resolve("package.json"))) ?? {};
  return prettier.format(JSON.stringify(value, null, 2), { ...config, filepath: resolve(path) });
}

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
export function writeAtomic(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** Adds a data file to the manifest's briefs; returns false when it was listed already. */
export async function addToManifest(manifestPath: string, file: string): Promise<boolean> {
  const manifest = readJsonFile(manifestPath, ManifestSchema);
  const entry = relative(dirname(resolve(manifestPath)), resolve(file))
    .split(sep)
    .join("/");
  if (manifest.briefs.includes(entry)) return false;
  const updated = { ...manifest, briefs: [...manifest.briefs, entry] };
  writeAtomic(manifestPath, await formatJson(updated, manifestPath));
  return true;
}

export function fileExists(path: string): boolean {
  return existsSync(path);
}
