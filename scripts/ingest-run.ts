/**
 * The two ingest flows, brief text and policy CSV: with the manifest locked, parse against the
 * dataset's ids, check every precondition and validate the dataset as the app will load it,
 * then write the brief, the manifest and any registry updates together.
 */
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { AnnotationsSchema, type Annotations } from "../src/ingest/annotations";
import { CsvMappingSchema } from "../src/ingest/csv-mapping";
import { importPolicyCsv } from "../src/ingest/csv-policies";
import { parseBrief, type BriefInput } from "../src/ingest/parse-brief";
import { briefIdOf, readBriefId } from "../src/ingest/parse-header";
import type { IngestReport } from "../src/ingest/report";
import { ManifestSchema } from "../src/data/schema";
import { formatJson } from "../src/lib/format-json";
import type { IngestArgs } from "./ingest-args";
import {
  datasetIds,
  manifestEntry,
  readJsonFile,
  readPdfText,
  readRegistries,
  readIfExists,
  readInputText,
  registryPaths,
  writeAll,
} from "./ingest-files";
import { acquireLock } from "./ingest-lock";
import { manifestRevision } from "./manifest-revision";
import { documentMatchLines } from "./ingest-documents";
import { briefCounts, reportLines } from "./ingest-print";
import { applyProposals } from "./ingest-registries";
import { validateInDataset } from "./ingest-validate";

export const ANNOTATIONS_DIR = "data/annotations";

/** What a run prints; `failure` set means exit code 1 and nothing was written. */
export interface RunResult {
  lines: string[];
  failure: string | null;
}

/** Runs `run` holding the manifest's lock (a dry run writes nothing and takes none). */
async function locked(args: IngestArgs, run: () => Promise<RunResult>): Promise<RunResult> {
  if (args.dryRun) return run();
  const lock = await acquireLock(args.manifest, args.lockWait);
  try {
    const result = await run();
    return { ...result, lines: [...lock.notes, ...result.lines] };
  } finally {
    lock.release();
  }
}

export async function runBriefIngest(args: IngestArgs, input: string): Promise<RunResult> {
  const { text, notices } = /\.pdf$/i.test(input)
    ? { text: await readPdfText(input), notices: [] }
    : readInputText(input);
  return locked(args, async () => {
    const paths = registryPaths(args.manifest);
    let registries = readRegistries(paths);
    const printedId = readBriefId(text);
    const annotations = readAnnotations(args.annotations, printedId);
    // A copied web page has no header line: its id comes from the dates its annotations give.
    const given = annotations?.header?.publishedOn;
    const briefId = printedId ?? (given ? briefIdOf(given) : "");
    const { ids } = datasetIds(args.manifest, join(args.out, `${briefId}.json`));
    const options = { annotations, takenIds: ids };
    let result = parseBrief(text, { ...options, registries });
    const printed: string[] = [];
    let registryFiles = new Map<string, string>();
    if (result.ok && args.updateRegistries) {
      const update = await applyProposals(result.report, paths, registries);
      printed.push(...update.added.map((added) => `Added ${added}`));
      registries = update.registries;
      registryFiles = update.files;
      result = parseBrief(text, { ...options, registries });
    }
    writeReport(args.report, result.report);
    if (!result.ok) {
      return { lines: [...notices, ...reportLines(result.report, "line")], failure: result.error };
    }
    const written = await writeBrief(args, result.brief, registryFiles);
    return {
      lines: [
        ...notices,
        ...briefCounts(result.brief),
        ...reportLines(result.report, "line"),
        ...documentMatchLines(args.manifest, result.brief),
        ...printed,
        ...written.lines,
      ],
      failure: written.failure,
    };
  });
}

export function runCsvIngest(args: IngestArgs, csv: string, map: string): Promise<RunResult> {
  const mapping = readJsonFile(map, CsvMappingSchema);
  const { text, notices } = readInputText(csv);
  return locked(args, async () => {
    const registries = readRegistries(registryPaths(args.manifest));
    const { ids } = datasetIds(args.manifest, join(args.out, `${mapping.list.id}.json`));
    const result = importPolicyCsv(text, mapping, registries, ids);
    writeReport(args.report, result.report);
    if (!result.ok) {
      return { lines: [...notices, ...reportLines(result.report, "row")], failure: result.error };
    }
    const { rows, documents, datedByNumber } = result.summary;
    const written = await writeBrief(args, result.brief, new Map());
    return {
      lines: [
        ...notices,
        ...briefCounts(result.brief),
        `  rows: ${rows}, documents: ${documents}, dated by their document number's year: ${datedByNumber}`,
        ...reportLines(result.report, "row"),
        ...documentMatchLines(args.manifest, result.brief),
        ...written.lines,
      ],
      failure: written.failure,
    };
  });
}

/** Checks every precondition, then writes the brief, the manifest and the registries, or nothing. */
async function writeBrief(
  args: IngestArgs,
  brief: BriefInput,
  registryFiles: ReadonlyMap<string, string>,
): Promise<RunResult> {
  const path = resolve(args.out, `${brief.id}.json`);
  const shown = join(args.out, `${brief.id}.json`);
  const entry = manifestEntry(args.manifest, path);
  const sameId = datasetIds(args.manifest, path).briefIds.get(brief.id);
  if (sameId) {
    return { lines: [], failure: `brief '${brief.id}' is already in the dataset as ${sameId}` };
  }
  if (existsSync(path) && !args.force) {
    return { lines: [], failure: `${shown} exists; run again with --force to overwrite it` };
  }
  if (!existsSync(args.out)) {
    return { lines: [], failure: `the output folder ${args.out} does not exist; create it first` };
  }
  const manifest = readJsonFile(args.manifest, ManifestSchema);
  const listed = manifest.briefs.includes(entry);
  const files = new Map(registryFiles);
  files.set(path, await formatJson(brief));
  const briefs = listed ? manifest.briefs : [...manifest.briefs, entry];
  // Rewritten on every run: a replaced brief or registry changes the revision, not the list.
  const revision = manifestRevision({ ...manifest, briefs }, (listedFile) => {
    const at = resolve(dirname(args.manifest), listedFile);
    return files.get(at) ?? readIfExists(at);
  });
  files.set(resolve(args.manifest), await formatJson({ ...manifest, briefs, revision }));
  const validation = await validateInDataset(args.manifest, files, shown, brief);
  if (validation.errors.length > 0) {
    return {
      lines: [],
      failure: `the output does not validate:\n  ${validation.errors.join("\n  ")}`,
    };
  }
  const lines = validation.warnings.map((warning) => `Check: ${warning}`);
  const names = [...files.keys()].map((file) => (file === path ? shown : file)).join(", ");
  if (args.dryRun) return { lines: [...lines, `Dry run: would write ${names}.`], failure: null };
  writeAll(files);
  return {
    lines: [
      ...lines,
      `Wrote ${shown}${listed ? ` and updated the revision in ${args.manifest}` : ` and added it to ${args.manifest}`}${registryFiles.size > 0 ? `; updated ${[...registryFiles.keys()].join(", ")}` : ""}.`,
    ],
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
