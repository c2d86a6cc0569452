/**
 * The multi-brief test fixture (tests/fixtures/many-briefs/): 24 monthly synthetic briefs in the
 * app's format, marked synthetic. The planned items (many-briefs-plan.ts) carry what the tests
 * check; seeded filler from fixed pools surrounds them. Pure: the same seed gives the same bytes.
 */
import type { z } from "zod";
import type { IssuingBodyFile, ManifestSchema, SectorFile } from "../../src/data/schema";
import { ordinalToIso, toOrdinal } from "../../src/core/calendar-date";
import type { BriefInput } from "./briefs";
import { generateCorporateNewsItem } from "./corporate-news";
import { COUNTRY_VOCABULARY } from "./countries";
import type { DatasetFile } from "./dataset";
import { PLAN, POOL, type PlannedTarget } from "./many-briefs-plan";
import { createPickers } from "./pickers";
import { generatePolicyNewsItem, generateTop5Item } from "./policies";
import { createRandom } from "./random";
import { generateCompanies } from "./registries";
import { withRevisedManifest } from "../manifest-revision";
import type { TargetInput } from "./targets";

export const MANY_BRIEFS = 24;
export const MANY_BRIEFS_DIR = "tests/fixtures/many-briefs";
export const MANY_BRIEFS_SEED = 13;
const FIRST_YEAR = 2021;
/** Filler per brief besides the planned items. */
const FILLER = { top5: 2, policyNews: 2, corporateNews: 2 };
const COMPANIES = 13;

export interface ManyBriefsOptions {
  seed: number;
  /** The shipped registries: real issuing bodies (so /bodies/miit exists) and sector names. */
  issuingBodies: readonly IssuingBodyFile[];
  sectors: readonly SectorFile[];
}

export function generateManyBriefs(options: ManyBriefsOptions): DatasetFile[] {
  const random = createRandom(options.seed);
  const countries = COUNTRY_VOCABULARY.slice(0, 4);
  const companies = generateCompanies(random, COMPANIES, countries);
  const pool = <T extends { id: string }>(all: readonly T[], ids: readonly string[]) =>
    ids.flatMap((id) => all.find((entry) => entry.id === id) ?? []);
  const pickers = createPickers(
    pool(options.issuingBodies, POOL.bodies),
    pool(options.sectors, POOL.sectors),
    companies.slice(0, POOL.companies),
    "CN",
  );
  let filler = 0;
  const nextId = (prefix: string) => `${prefix}-${String((filler += 1)).padStart(4, "0")}`;

  const briefs = Array.from({ length: MANY_BRIEFS }, (_, at): BriefInput => {
    const year = FIRST_YEAR + Math.floor(at / 12);
    const month = (at % 12) + 1;
    const start = toOrdinal(year, month - 1, 25);
    const end = toOrdinal(year, month, 24);
    const day = (n: number) => ordinalToIso(toOrdinal(year, month, n));
    const planned = PLAN[at] ?? [];
    const isLatest = at === MANY_BRIEFS - 1;
    const slot = (prefix: string, n: number) => ({ id: nextId(prefix), date: day(n), year });
    const top5 = [
      ...planned.flatMap((p) => (p.section === "top5" ? [withTargets(p, day(10))] : [])),
      ...(isLatest ? [] : range(FILLER.top5)).map((n) =>
        generateTop5Item(random, pickers, slot("sp", 11 + n), 1),
      ),
    ].map(({ item, targets }, rank) => ({ item: { ...item, rank: rank + 1 }, targets }));
    const policyNews = [
      ...planned.flatMap((p) => (p.section === "policyNews" ? [withTargets(p, day(12))] : [])),
      ...(isLatest ? [] : range(FILLER.policyNews)).map((n) =>
        generatePolicyNewsItem(random, pickers, slot("sp", 14 + n)),
      ),
    ];
    const corporateNews = [
      ...planned.flatMap((p) =>
        p.section === "corporateNews" ? [{ ...p.item, date: day(15) }] : [],
      ),
      ...(isLatest ? [] : range(FILLER.corporateNews)).map((n) =>
        generateCorporateNewsItem(random, pickers, nextId("sn"), day(16 + n)),
      ),
    ];
    return {
      id: `synthetic-${ordinalToIso(end).slice(0, 7)}`,
      series: `Synthetic China Industries (test fixture, seed ${options.seed})`,
      publishedOn: ordinalToIso(toOrdinal(year, month + 1, 3)),
      reportingPeriod: { start: ordinalToIso(start), end: ordinalToIso(end) },
      authors: [{ name: "Synthetic Author", role: "Synthetic analyst" }],
      editors: [],
      top5: top5.map((p) => p.item),
      policyNews: policyNews.map((p) => p.item),
      corporateNews,
      targets: [...top5, ...policyNews].flatMap((p) => p.targets),
    };
  });

  const registries = {
    issuingBodies: "registries/issuing-bodies.json",
    companies: "registries/companies.json",
    countries: "registries/countries.json",
    sectors: "registries/sectors.json",
  };
  const manifest: z.input<typeof ManifestSchema> = {
    synthetic: true,
    registries,
    briefs: briefs.map((brief) => `briefs/${brief.id}.json`),
  };
  const stringify = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;
  const files = [
    { path: registries.issuingBodies, value: { issuingBodies: options.issuingBodies } },
    { path: registries.companies, value: { companies } },
    { path: registries.countries, value: { countries } },
    { path: registries.sectors, value: { sectors: options.sectors } },
    ...briefs.map((brief) => ({ path: `briefs/${brief.id}.json`, value: brief })),
  ].map(({ path, value }) => ({ path, text: stringify(value) }));
  return withRevisedManifest(manifest, files, stringify);
}

function withTargets<T extends { id: string }>(
  planned: { item: T; targets?: PlannedTarget[] },
  date: string,
): { item: T & { date: string }; targets: TargetInput[] } {
  const targets = (planned.targets ?? []).map((target, at) => ({
    ...target,
    id: `${planned.item.id}-t${at + 1}`,
    policy: planned.item.id,
  }));
  return { item: { ...planned.item, date }, targets };
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, at) => at);
}
