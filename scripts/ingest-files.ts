/**
 * The ingest's file work: reading the registries through the manifest, formatting JSON as the
 * repository does (Prettier), writing atomically, and adding a file to the manifest.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { z } from "zod";
import {
  CompaniesFileSchema,
  CountriesFileSchema,
  IssuingBodiesFileSchema,
  ManifestSchema,
  SectorsFileSchema,
} from "../src/data/schema";
import type { IngestRegistries } from "../src/ingest/entity-registries";
import { extractPdfText, PdfReadError } from "../src/ingest/pdf-text";
import { decodeText } from "../src/ingest/text-encoding";

/** A problem with a file that the person running the ingest has to fix. */
export class InputError extends Error {}

function readBytes(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new InputError(
      `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

export function readText(path: string): string {
  return new TextDecoder().decode(readBytes(path));
}

/** A brief's or list's text in whatever encoding it was saved, with a line saying which if not UTF-8. */
export function readInputText(path: string): { text: string; notices: string[] } {
  const decoded = decodeText(path, readBytes(path));
  if (!decoded.ok) throw new InputError(decoded.message);
  return { text: decoded.text, notices: decoded.notice ? [decoded.notice] : [] };
}

/** A brief's PDF, through the same extractor as the app's import (PDF.js, legacy build for Node). */
export async function readPdfText(path: string): Promise<string> {
  const bytes = readBytes(path);
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  try {
    return await extractPdfText(bytes, pdfjs);
  } catch (error) {
    if (error instanceof PdfReadError) throw new InputError(`${path}: ${error.message}`);
    throw error;
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
 * Writes the files of one run together or not at all: each to a temporary file first, then all
 * renamed into place; a rename that fails puts back the files already replaced.
 */
export function writeAll(files: ReadonlyMap<string, string>): void {
  const temporary = (path: string) => `${path}.${process.pid}.tmp`;
  const written: string[] = [];
  try {
    for (const [path, text] of files) {
      writeFileSync(temporary(path), text);
      written.push(path);
    }
  } catch (error) {
    written.forEach((path) => rmSync(temporary(path), { force: true }));
    throw new InputError(`cannot write ${describeError(error)}`);
  }
  const before = new Map([...files.keys()].map((path) => [path, readIfExists(path)]));
  const replaced: string[] = [];
  try {
    for (const path of files.keys()) {
      renameSync(temporary(path), path);
      replaced.push(path);
    }
  } catch (error) {
    replaced.forEach((path) => {
      const old = before.get(path);
      if (old === null || old === undefined) rmSync(path, { force: true });
      else writeFileSync(path, old);
    });
    files.forEach((_, path) => rmSync(temporary(path), { force: true }));
    throw new InputError(`cannot write ${describeError(error)}; the files were left as they were`);
  }
}

export function readIfExists(path: string): string | null {
  return existsSync(path) ? readFileSync(path, "utf8") : null;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The manifest's entry for a data file: its path relative to the manifest, with "/". */
export function manifestEntry(manifestPath: string, file: string): string {
  return relative(dirname(resolve(manifestPath)), resolve(file))
    .split(sep)
    .join("/");
}

/**
 * Ids used by the briefs the manifest lists, except `exceptFile` (the file being replaced):
 * read leniently, since a file the app cannot read is the app's report to make, not the ingest's.
 */
export function datasetIds(
  manifestPath: string,
  exceptFile: string,
): { ids: Set<string>; briefIds: Map<string, string> } {
  const manifest = readJsonFile(manifestPath, ManifestSchema);
  const ids = new Set<string>();
  const briefIds = new Map<string, string>();
  for (const entry of manifest.briefs) {
    const path = resolve(dirname(manifestPath), entry);
    if (path === resolve(exceptFile) || !existsSync(path)) continue;
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(path, "utf8"));
    } catch {
      continue;
    }
    const brief = IdsOnlySchema.safeParse(value);
    if (!brief.success) continue;
    briefIds.set(brief.data.id, entry);
    ids.add(brief.data.id);
    const { top5, policyNews, corporateNews, documents } = brief.data;
    [...top5, ...policyNews, ...corporateNews, ...documents].forEach((item) => ids.add(item.id));
  }
  return { ids, briefIds };
}

const Ids = z.array(z.looseObject({ id: z.string() })).catch([]);
const IdsOnlySchema = z.looseObject({
  id: z.string(),
  top5: Ids,
  policyNews: Ids,
  corporateNews: Ids,
  documents: Ids,
});
