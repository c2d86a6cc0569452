/**
 * The two ingest flows, brief text and policy CSV: parse, validate the output as the app will,
 * refuse to overwrite without --force, then write atomically and add the file to the manifest.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AnnotationsSchema, type Annotations } from "../src/ingest/annotations";
import { CsvMappingSchema } from "../src/ingest/csv-mapping";
import { importPolicyCsv } from "../src/ingest/csv-policies";
import type { IngestRegistries } from "../src/ingest/entity-registries";
import { parseBrief, type BriefInput } from "../src/ingest/parse-brief";
import { readBriefId } from "../src/ingest/parse-header";
import type { IngestReport } from "../src/ingest/report";
import type { IngestArgs } from "./ingest-args";
import {
  addToManifest,
  formatJson,
  readJsonFile,
  readRegistries,
  readText,
  registryPaths,
  writeAtomic,
} from "./ingest-files";
import { briefCounts, reportLines } from "./ingest-print";
import { applyProposals } from "./ingest-registries";
import { validateOutput } from "./ingest-validate";

export const ANNOTATIONS_DIR = "data/annotations";

/** What a run prints; `failure` set means exit code 1 and nothing was written. */
export interface RunResult {
  lines: string[];
  failure: string | null;
}

export async function runBriefIngest(args: IngestArgs, input: string): Promise<RunResult> {
  const text = readText(input);
  const paths = registryPaths(args.manifest);
  let registries = readRegistries(paths);
  const annotations = readAnnotations(args.annotations, readBriefId(text));
  let result = parseBrief(text, { registries, annotations });
  const printed: string[] = [];
  if (result.ok && args.updateRegistries) {
    const update = await applyProposals(result.report, paths, registries, args.dryRun);
    printed.push(
      ...update.added.map(
        (added) => `Added ${added}${args.dryRun ? " (dry run: not written)" : ""}`,
      ),
    );
    registries = update.registries;
    result = parseBrief(text, { registries, annotations });
  }
  writeReport(args.report, result.report);
  if (!result.ok) return { lines: reportLines(result.report, "line"), failure: result.error };
  const written = await writeBrief(args, result.brief, registries);
  return {
    lines: [
      ...briefCounts(result.brief),
      ...reportLines(result.report, "line"),
      ...printed,
      ...written.lines,
    ],
    failure: written.failure,
  };
}

export async function runCsvIngest(args: IngestArgs, csv: string, map: string): Promise<RunResult> {
  const mapping = readJsonFile(map, CsvMappingSchema);
  const registries = readRegistries(registryPaths(args.manifest));
  const result = importPolicyCsv(readText(csv), mapping, registries);
  writeReport(args.report, result.report);
  if (!result.ok) return { lines: reportLines(result.report, "row"), failure: result.error };
  const { rows, documents, datedByNumber } = result.summary;
  const written = await writeBrief(args, result.brief, registries);
  return {
    lines: [
      ...briefCounts(result.brief),
      `  rows: ${rows}, documents: ${documents}, dated by their document number's year: ${datedByNumber}`,
      ...reportLines(result.report, "row"),
      ...written.lines,
    ],
    failure: written.failure,
  };
}

async function writeBrief(
  args: IngestArgs,
  brief: BriefInput,
  registries: IngestRegistries,
): Promise<RunResult> {
  const path = join(args.out, `${brief.id}.json`);
  const validation = validateOutput(path, brief, registries);
  if (validation.errors.length > 0) {
    return {
      lines: [],
      failure: `the output does not validate:\n  ${validation.errors.join("\n  ")}`,
    };
  }
  const lines = validation.warnings.map((warning) => `Check: ${warning}`);
  if (existsSync(path) && !args.force) {
    return { lines, failure: `${path} exists; run again with --force to overwrite it` };
  }
  if (!existsSync(args.out)) {
    return { lines, failure: `the output folder ${args.out} does not exist; create it first` };
  }
  const text = await formatJson(brief, path);
  if (args.dryRun)
    return { lines: [...lines, `Dry run: ${path} would be written.`], failure: null };
  writeAtomic(path, text);
  const added = await addToManifest(args.manifest, path);
  return {
    lines: [...lines, `Wrote ${path}${added ? ` and added it to ${args.manifest}` : ""}.`],
    failure: null,
  };
}

function readAnnotations(explicit: string | null, briefId: string | null): Annotations | undefined {
  const path = explicit ?? (briefId ? join(ANNOTATIONS_DIR, `${briefId}.json`) : null);
  if (!path || (!explicit && !existsSync(path))) return undefined;
  return readJsonFile(path, AnnotationsSchema);
}

function writeReport(path: string | null, report: IngestReport): void {
  if (path) writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}
