/**
 * The registries the ingest resolves names against, and one name finder shared by issuing
 * bodies and companies: every registry name or alias found in a text, longest first, no overlaps.
 */
import { memoByIdentity } from "@/core/memo-by-identity";
import type { CompanyFile, CountryFile, IssuingBodyFile, SectorFile } from "@/data/schema";

export interface IngestRegistries {
  issuingBodies: IssuingBodyFile[];
  companies: CompanyFile[];
  countries: CountryFile[];
  sectors: SectorFile[];
}

const WORDLIKE = /[\p{Script=Latin}\p{N}]/u;

export interface NamedEntry {
  id: string;
  name: string;
  /** Acronyms and short aliases must match case; full names match in any case. */
  caseSensitive: boolean;
}

export interface NameHit {
  id: string;
  start: number;
  end: number;
}

interface CompiledEntry {
  id: string;
  pattern: RegExp;
}

// Registries are read once per run and searched for every item: compile their names once.
const compile = memoByIdentity((entries: readonly NamedEntry[]): CompiledEntry[] =>
  entries
    .filter((entry) => entry.name.trim() !== "")
    .sort((a, b) => b.name.length - a.name.length)
    .map((entry) => {
      // Latin names need word boundaries; Chinese names run on without spaces, so they have none.
      const before = WORDLIKE.test(entry.name.at(0) ?? "") ? "(?<![\\p{Script=Latin}\\p{N}])" : "";
      const after = WORDLIKE.test(entry.name.at(-1) ?? "") ? "(?![\\p{Script=Latin}\\p{N}])" : "";
      const flags = entry.caseSensitive ? "gu" : "giu";
      return {
        id: entry.id,
        pattern: new RegExp(`${before}${escapeRegExp(entry.name)}${after}`, flags),
      };
    }),
);

/** Every entry name found in the text, longest names first, without overlapping hits. */
export function findNames(text: string, entries: readonly NamedEntry[]): NameHit[] {
  const hits: NameHit[] = [];
  // Characters already inside a hit; a shorter name may not overlap a longer one found first.
  const taken = new Uint8Array(text.length);
  for (const { id, pattern } of compile(entries)) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.subarray(start, end).some((flag) => flag === 1)) continue;
      taken.fill(1, start, end);
      hits.push({ id, start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Ids of the hits in order of first appearance, each once. */
export function uniqueIds(hits: readonly NameHit[]): string[] {
  return [...new Set(hits.map((hit) => hit.id))];
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A short, all-capitals name such as "MIIT" or "VW" must match exactly. */
export function isAcronymLike(name: string): boolean {
  return name.length <= 8 && name === name.toUpperCase() && /[A-Z]/.test(name);
}

/** Every name of every issuing body (acronym, English, Chinese, aliases), built once per registry. */
export const issuerEntries = memoByIdentity((bodies: readonly IssuingBodyFile[]): NamedEntry[] =>
  bodies.flatMap((body) =>
    [body.acronym, body.nameEn, body.nameZh, ...body.aliases].map((name) => ({
      id: body.id,
      name,
      caseSensitive: isAcronymLike(name),
    })),
  ),
);

/** Every name of every company (English, Chinese, aliases), built once per registry. */
export const companyEntries = memoByIdentity((companies: readonly CompanyFile[]): NamedEntry[] =>
  companies.flatMap((company) =>
    [company.name, ...(company.nameZh ? [company.nameZh] : []), ...company.aliases].map((name) => ({
      id: company.id,
      name,
      caseSensitive: true,
    })),
  ),
);
