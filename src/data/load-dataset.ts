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
import type { AddedOnDevice, Brief, DataProblem, Dataset } from "@/data/model";
import { normaliseBrief } from "@/data/normalise-brief";
import { normaliseRegistries } from "@/data/normalise-registries";
import { parseBriefFile } from "@/data/parse-brief-file";
import { problem, toDataProblems } from "@/data/problems";
import {
  CompaniesFileSchema,
  CountriesFileSchema,
  IssuingBodiesFileSchema,
  ManifestSchema,
  SectorsFileSchema,
} from "@/data/schema";

export const MANIFEST_FILE = "index.json";

/** Files fetched of those the manifest lists (registries and briefs). */
export interface LoadProgress {
  loaded: number;
  total: number;
}

/** The manifest itself is unusable: nothing can be shown, so the whole load fails. */
export class ManifestError extends Error {
  constructor(
    readonly problems: DataProblem[],
    readonly retryable: boolean,
  ) {
    super(problems.map((p) => `${p.file}${p.path ? ` → ${p.path}` : ""}: ${p.message}`).join("\n"));
    this.name = "ManifestError";
  }
}

/**
 * Loads the manifest, the registries and every brief, validating each file with the schema.
 * One bad file becomes a problem in the result; everything valid is still returned. Briefs added
 * on this device join the shipped ones, checked the same way; their registry records join the
 * registries (a shipped record with the same id wins). `onProgress` hears of each file fetched.
 */
export async function loadDataset(
  baseUrl: string,
  fetchFn: FetchLike = fetch,
  addedBriefs: AddedBriefs | Promise<AddedBriefs> = NO_ADDED_BRIEFS,
  onProgress: (progress: LoadProgress) => void = () => undefined,
): Promise<Dataset> {
  const manifestResult = await fetchJson(fetchFn, baseUrl, MANIFEST_FILE);
  if (!manifestResult.ok)
    throw new ManifestError([manifestResult.problem], manifestResult.retryable);
  const manifest = ManifestSchema.safeParse(manifestResult.value);
  if (!manifest.success)
    throw new ManifestError(toDataProblems(MANIFEST_FILE, manifest.error), false);

  const { registries: paths, briefs: briefFiles } = manifest.data;
  const files = [
    paths.issuingBodies,
    paths.companies,
    paths.countries,
    paths.sectors,
    ...briefFiles,
  ];
  const progress = { loaded: 0, total: files.length };
  onProgress({ ...progress });
  const [issuingBodies, companies, countries, sectors, ...briefResults] = await Promise.all(
    files.map(async (file) => {
      const result = await fetchJson(fetchFn, baseUrl, file);
      progress.loaded += 1;
      onProgress({ ...progress });
      return result;
    }),
  );
  const added = await addedBriefs;
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

  const briefs: Brief[] = [];
  // Ids are unique across the dataset (they address pages and rows): the first file wins.
  const takenIds = new Map<string, string>();
  const sources: { file: string; result: JsonResult | undefined; added: AddedOnDevice | null }[] = [
    ...briefFiles.map((file, at) => ({ file, result: briefResults[at], added: null })),
    ...added.records.map((record) => ({
      file: addedBriefFile(record.id),
      result: { ok: true as const, value: record.brief },
      added: { at: record.addedAt, source: record.source },
    })),
  ];
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
    const normalised = normaliseBrief(file, raw, index, takenIds);
    const brief = { ...normalised.brief, added: addedOn };
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

  return {
    synthetic: manifest.data.synthetic,
    briefs,
    policies: briefs.flatMap((b) => b.policies),
    targets: briefs.flatMap((b) => b.targets),
    corporateNews: briefs.flatMap((b) => b.corporateNews),
    registries: index.registries,
    problems,
  };
}
