import type { z } from "zod";
import { compareDates } from "@/core/calendar-date";
import { hasItems } from "@/domain/briefs/latest-brief";
import {
  addedBriefFile,
  addedRegistryRecords,
  NO_ADDED_BRIEFS,
  type AddedBriefs,
} from "@/data/added-briefs";
import { fetchJson, type FetchLike, type JsonResult } from "@/data/fetch-json";
import { sliceLargeBrief } from "@/data/first-look";
import {
  datasetOf,
  type AddedOnDevice,
  type Brief,
  type DataProblem,
  type Dataset,
} from "@/data/model";
import { normaliseBrief } from "@/data/normalise-brief";
import { parseBriefFile } from "@/data/parse-brief-file";
import { ManifestError } from "@/data/manifest-error";
import { normaliseRegistries, type RegistryIndex } from "@/data/normalise-registries";
import { problem, toDataProblems } from "@/data/problems";
import {
  CompaniesFileSchema,
  CountriesFileSchema,
  IssuingBodiesFileSchema,
  ManifestSchema,
  SectorsFileSchema,
  type Manifest,
} from "@/data/schema";

export const MANIFEST_FILE = "index.json";

/** How many of a brief's items a first look shows, of all its items. */
export interface BriefItems {
  shown: number;
  of: number;
}

/** Files fetched of those the manifest lists (registries and briefs). */
export interface LoadProgress {
  loaded: number;
  total: number;
  /** Once the first look shows part of a brief too large to show at once: how much of it. */
  briefItems?: BriefItems;
}

/** What a caller may hear while the dataset loads. */
export interface LoadListeners {
  /** Each file fetched of those the manifest lists. */
  onProgress?: (progress: LoadProgress) => void;
  /**
   * The registries and the manifest's last brief (the newest, as the ingest appends), as soon as
   * they are read, when more follows: other briefs, or the rest of that brief when it is too large
   * to check at once (its first items only, then). Enough for the overview and the latest brief.
   */
  onFirstLook?: (dataset: Dataset) => void;
}

type BriefSource = { file: string; result: JsonResult | undefined; added: AddedOnDevice | null };

/**
 * Loads the manifest, the registries and every brief, validating each file with the schema.
 * One bad file becomes a problem in the result; everything valid is still returned. Briefs added
 * on this device join the shipped ones, checked the same way; their registry records join the
 * registries (a shipped record with the same id wins).
 */
export async function loadDataset(
  baseUrl: string,
  fetchFn: FetchLike = fetch,
  addedBriefs: AddedBriefs | Promise<AddedBriefs> = NO_ADDED_BRIEFS,
  listeners: LoadListeners = {},
): Promise<Dataset> {
  const { manifest } = await readManifest(baseUrl, fetchFn);
  return loadListedFiles(baseUrl, manifest, fetchFn, addedBriefs, listeners);
}

/** The manifest as read (`json`) and as validated; a failure throws a ManifestError. */
export async function readManifest(
  baseUrl: string,
  fetchFn: FetchLike,
): Promise<{ json: unknown; manifest: Manifest }> {
  const manifestResult = await fetchJson(fetchFn, baseUrl, MANIFEST_FILE);
  if (!manifestResult.ok)
    throw new ManifestError([manifestResult.problem], manifestResult.retryable);
  const manifest = ManifestSchema.safeParse(manifestResult.value);
  if (!manifest.success)
    throw new ManifestError(toDataProblems(MANIFEST_FILE, manifest.error), false);
  return { json: manifestResult.value, manifest: manifest.data };
}

const registryFilesOf = ({ registries: paths }: Manifest) => [
  paths.issuingBodies,
  paths.companies,
  paths.countries,
  paths.sectors,
];

/** How many files the manifest lists: its registries and briefs. */
export const listedFileCount = (manifest: Manifest): number =>
  registryFilesOf(manifest).length + manifest.briefs.length;

/** The rest of `loadDataset`, once the manifest is read: the registries and briefs it lists. */
export async function loadListedFiles(
  baseUrl: string,
  manifest: Manifest,
  fetchFn: FetchLike,
  addedBriefs: AddedBriefs | Promise<AddedBriefs>,
  { onProgress, onFirstLook }: LoadListeners = {},
): Promise<Dataset> {
  const { registries: paths, briefs: briefFiles, synthetic } = manifest;
  const registryFiles = registryFilesOf(manifest);
  const progress: LoadProgress = { loaded: 0, total: listedFileCount(manifest) };
  onProgress?.({ ...progress });
  const fetchOne = async (file: string) => {
    const result = await fetchJson(fetchFn, baseUrl, file);
    progress.loaded += 1;
    onProgress?.({ ...progress });
    return result;
  };
  // Requests queue in the order made (six at a time per host over HTTP/1.1): the registries, then
  // the briefs newest first (listed last), so the first look is not kept waiting.
  const registryResults = registryFiles.map(fetchOne);
  const briefResults = briefFiles.toReversed().map(fetchOne).toReversed();
  const [issuingBodies, companies, countries, sectors] = await Promise.all(registryResults);
  const added = await addedBriefs;
  const registries = readRegistries(paths, [issuingBodies, companies, countries, sectors], added);

  const last = briefFiles.at(-1);
  const lastResult = briefResults.at(-1);
  if (onFirstLook && last !== undefined && lastResult) {
    const result = await lastResult;
    const slice = result?.ok ? sliceLargeBrief(result.value) : null;
    if (slice) {
      // The slice's item problems wait for the whole brief: their paths must be the file's.
      const first = [
        { file: last, result: { ok: true as const, value: slice.value }, added: null },
      ];
      onFirstLook({
        ...assembleDataset(synthetic, registries, first),
        problems: registries.problems,
      });
      progress.briefItems = { shown: slice.shown, of: slice.of };
      onProgress?.({ ...progress });
    } else if (briefFiles.length > 1) {
      onFirstLook(assembleDataset(synthetic, registries, [{ file: last, result, added: null }]));
    }
  }
  const results = await Promise.all(briefResults);
  const sources: BriefSource[] = [
    ...briefFiles.map((file, at) => ({ file, result: results[at], added: null })),
    ...added.records.map((record) => ({
      file: addedBriefFile(record.id),
      result: { ok: true as const, value: record.brief },
      added: { at: record.addedAt, source: record.source },
    })),
  ];
  return assembleDataset(synthetic, registries, sources);
}

/** The registries, with the added briefs' records; every problem found on the way. */
function readRegistries(
  paths: Manifest["registries"],
  [issuingBodies, companies, countries, sectors]: readonly (JsonResult | undefined)[],
  added: AddedBriefs,
): { index: RegistryIndex; problems: DataProblem[] } {
  const problems: DataProblem[] = [...added.problems];
  const records = <T>(
    file: string,
    result: JsonResult | undefined,
    schema: z.ZodType<T>,
  ): T | null => {
    if (!result) return null;
    if (!result.ok) {
      problems.push(result.problem);
      return null;
    }
    const parsed = schema.safeParse(result.value);
    if (parsed.success) return parsed.data;
    problems.push(...toDataProblems(file, parsed.error));
    return null;
  };
  const additions = addedRegistryRecords(added.records, problems);
  const withAdditions = <T extends { id: string }>(shipped: T[], extra: T[]): T[] => [
    ...shipped,
    ...extra.filter((record) => !shipped.some((s) => s.id === record.id)),
  ];
  const { index, problems: registryProblems } = normaliseRegistries({
    issuingBodies: {
      file: paths.issuingBodies,
      records: withAdditions(
        records(paths.issuingBodies, issuingBodies, IssuingBodiesFileSchema)?.issuingBodies ?? [],
        additions.issuingBodies,
      ),
    },
    companies: {
      file: paths.companies,
      records: withAdditions(
        records(paths.companies, companies, CompaniesFileSchema)?.companies ?? [],
        additions.companies,
      ),
    },
    countries: {
      file: paths.countries,
      records: records(paths.countries, countries, CountriesFileSchema)?.countries ?? [],
    },
    sectors: {
      file: paths.sectors,
      records: records(paths.sectors, sectors, SectorsFileSchema)?.sectors ?? [],
    },
  });
  problems.push(...registryProblems);
  return { index, problems };
}

/** Reads the brief sources in order against the registries into the dataset the app shows. */
function assembleDataset(
  synthetic: boolean,
  registries: { index: RegistryIndex; problems: DataProblem[] },
  sources: readonly BriefSource[],
): Dataset {
  const { index } = registries;
  const problems = [...registries.problems];
  const briefs: Brief[] = [];
  // Ids are unique across the dataset (they address pages and rows): the first file wins.
  const takenIds = new Map<string, string>();
  sources.forEach(({ file, result, added: addedOn }) => {
    if (!result) return;
    if (!result.ok) {
      problems.push(result.problem);
      return;
    }
    const { records: raw, problems: readProblems } = parseBriefFile(file, result.value);
    problems.push(...readProblems);
    if (!raw) return;
    const briefOwner = takenIds.get(raw.id);
    if (briefOwner !== undefined) {
      problems.push(
        problem(
          file,
          "id",
          `id '${raw.id}' is already used in ${briefOwner}; this brief is left out — give it a unique id`,
        ),
      );
      return;
    }
    const normalised = normaliseBrief(file, raw, index, takenIds, addedOn);
    const brief = normalised.brief;
    problems.push(...normalised.problems);
    if (!hasItems(brief)) {
      problems.push(
        problem(
          file,
          "",
          "has no items (no Top 5, policy news, corporate news or documents); it is listed but not shown as the latest brief",
          "warning",
        ),
      );
    }
    [brief, ...brief.policies, ...brief.corporateNews, ...brief.targets].forEach((record) =>
      takenIds.set(record.id, file),
    );
    briefs.push(brief);
  });
  briefs.sort((a, b) => compareDates(b.publishedOn, a.publishedOn));

  return datasetOf({ synthetic, briefs, registries: index.registries, problems });
}
