/**
 * The ingest report's "documents already in the data" section: the new brief's documents matched
 * against every brief the manifest lists (see src/ingest/document-matches.ts).
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { BriefSchema, ManifestSchema } from "../src/data/schema";
import { findDocumentMatches } from "../src/ingest/document-matches";
import type { BriefInput } from "../src/ingest/parse-brief";
import { readJsonFile } from "./ingest-files";

/** The briefs the manifest lists; a file that cannot be read or validated is named and skipped. */
function readListedBriefs(manifestPath: string): { briefs: BriefInput[]; skipped: string[] } {
  const manifest = readJsonFile(manifestPath, ManifestSchema);
  const briefs: BriefInput[] = [];
  const skipped: string[] = [];
  for (const file of manifest.briefs) {
    try {
      const parsed = BriefSchema.safeParse(
        JSON.parse(readFileSync(resolve(dirname(manifestPath), file), "utf8")),
      );
      if (parsed.success) briefs.push(parsed.data);
      else skipped.push(`${file} (does not validate)`);
    } catch (error) {
      skipped.push(`${file} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return { briefs, skipped };
}

/** Report lines: each possible match, for the reviewer to confirm with an annotation. */
export function documentMatchLines(manifestPath: string, brief: BriefInput): string[] {
  const { briefs, skipped } = readListedBriefs(manifestPath);
  const matches = findDocumentMatches(brief, briefs);
  const lines = matches.map(
    (match) => `  ${match.id} may be ${match.matchId} in ${match.matchBrief}: ${match.reason}`,
  );
  return [
    ...(matches.length > 0
      ? [
          `Documents that may already be in the data (${matches.length}; confirm with "sameAs" or "familyOf" in the annotations file, nothing was merged):`,
          ...lines,
        ]
      : []),
    ...skipped.map((file) => `Not matched against ${file}`),
  ];
}
