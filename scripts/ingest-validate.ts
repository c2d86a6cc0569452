/**
 * The ingest checks its own output the way the app will read it: the zod schema, then the
 * normalisation against the registries (unknown ids, duplicate ids, dates outside the period).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadDataset, MANIFEST_FILE } from "../src/data/load-dataset";
import type { Dataset } from "../src/data/model";
import { normaliseBrief } from "../src/data/normalise-brief";
import { normaliseRegistries } from "../src/data/normalise-registries";
import { formatProblem, toDataProblems } from "../src/data/problems";
import { BriefSchema } from "../src/data/schema";
import type { IngestRegistries } from "../src/ingest/entity-registries";
import type { BriefInput } from "../src/ingest/parse-brief";

export interface Validation {
  errors: string[];
  warnings: string[];
}

export function validateOutput(
  file: string,
  value: unknown,
  registries: IngestRegistries,
): Validation {
  const parsed = BriefSchema.safeParse(value);
  if (!parsed.success) {
    return { errors: toDataProblems(file, parsed.error).map(formatProblem), warnings: [] };
  }
  const { index, problems: registryProblems } = normaliseRegistries({
    issuingBodies: { file: "issuing-bodies registry", records: registries.issuingBodies },
    companies: { file: "companies registry", records: registries.companies },
    countries: { file: "countries registry", records: registries.countries },
    sectors: { file: "sectors registry", records: registries.sectors },
  });
  const { problems } = normaliseBrief(file, parsed.data, index);
  const all = [...registryProblems, ...problems];
  return {
    errors: all.filter((p) => p.severity === "error").map(formatProblem),
    warnings: all.filter((p) => p.severity === "warning").map(formatProblem),
  };
}

/**
 * The app's own loader run over the dataset as it will be after the write: the manifest, the
 * registries and every brief, with the files about to be written in place of the ones on disk.
 * Errors are the problems it reports with those files; the brief must come out whole (the app
 * skips a brief whose ids clash with another brief's, and leaves out items it cannot use).
 */
export async function validateInDataset(
  manifestPath: string,
  writes: ReadonlyMap<string, string>,
  briefPath: string,
  brief: BriefInput,
): Promise<Validation> {
  const manifestFile = resolve(manifestPath);
  let dataset;
  try {
    dataset = await loadFromDisk(manifestFile, writes);
  } catch (error) {
    return { errors: [error instanceof Error ? error.message : String(error)], warnings: [] };
  }
  const pathOf = (file: string) =>
    file === MANIFEST_FILE ? manifestFile : resolve(dirname(manifestFile), file);
  const mine = dataset.problems.filter((p) => writes.has(pathOf(p.file)));
  const errors = mine.filter((p) => p.severity === "error").map(formatProblem);
  const shown = dataset.briefs.find((b) => b.id === brief.id);
  const items =
    brief.top5.length + (brief.policyNews?.length ?? 0) + (brief.documents?.length ?? 0);
  const news = brief.corporateNews?.length ?? 0;
  if (!shown) {
    errors.push(`the app would not show brief '${brief.id}' from ${briefPath}`);
  } else if (shown.policies.length !== items || shown.corporateNews.length !== news) {
    errors.push(
      `the app would show ${shown.policies.length} of ${items} policies and ${shown.corporateNews.length} of ${news} corporate news items of ${briefPath}`,
    );
  }
  return {
    errors,
    warnings: mine.filter((p) => p.severity === "warning").map(formatProblem),
  };
}

/** The dataset a manifest on disk describes, through the app's loader; `writes` replace files. */
export function loadFromDisk(
  manifestPath: string,
  writes: ReadonlyMap<string, string> = new Map(),
): Promise<Dataset> {
  const manifestFile = resolve(manifestPath);
  const baseUrl = pathToFileURL(`${dirname(manifestFile)}${sep}`).href;
  const fetchFile = (url: string): Promise<Response> => {
    const path = url === new URL(MANIFEST_FILE, baseUrl).href ? manifestFile : fileURLToPath(url);
    const text = writes.get(path) ?? (existsSync(path) ? readFileSync(path, "utf8") : null);
    return Promise.resolve(
      text === null
        ? new Response(null, { status: 404 })
        : new Response(text, { headers: { "content-type": "application/json" } }),
    );
  };
  return loadDataset(baseUrl, fetchFile);
}
