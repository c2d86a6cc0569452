/**
 * One issuing body across all briefs: its documents by month or quarter (as lead issuer or as a
 * co-issuer), the bodies it co-issues with most, its sectors, its targets by deadline year and its
 * latest items. A document reported in several briefs counts once, at its first mention.
 */
import { compareDates, shortMonthName } from "@/core/calendar-date";
import { compareCodeUnits } from "@/core/compare-text";
import type { DocumentIndex } from "@/domain/documents/document-index";
import { aggregateTargetsByDeadline, type DeadlineRow } from "@/domain/targets/target-deadlines";
import type { Dataset, IssuingBody, Policy, Sector } from "@/data/model";

export type PeriodGranularity = "month" | "quarter";

export interface BodyPeriodRow {
  /** "2023-04" or "2023-Q2". */
  period: string;
  label: string;
  lead: number;
  coIssuer: number;
}

/** Documents dated only to a year: they belong to no month or quarter. */
export interface BodyYearOnlyRow {
  year: number;
  lead: number;
  coIssuer: number;
}

export interface BodyProfile {
  documents: number;
  asLead: number;
  /** Documents dated to a day or a month. */
  byPeriod: BodyPeriodRow[];
  /** Oldest first. */
  yearOnly: BodyYearOnlyRow[];
  coIssuers: { body: IssuingBody; documents: number }[];
  sectors: { sector: Sector; documents: number }[];
  targetsByYear: DeadlineRow[];
  targets: number;
  /** Newest first. */
  latest: Policy[];
}

const LATEST = 8;

/** Months or quarters counted from year 0, so a gap between two periods is easy to fill. */
function periodNumber(year: number, month: number, by: PeriodGranularity): number {
  return by === "month" ? year * 12 + month - 1 : year * 4 + Math.floor((month - 1) / 3);
}

function periodOf(n: number, by: PeriodGranularity): { period: string; label: string } {
  if (by === "quarter") {
    const year = Math.floor(n / 4);
    return { period: `${year}-Q${(n % 4) + 1}`, label: `${year} Q${(n % 4) + 1}` };
  }
  const year = Math.floor(n / 12);
  const month = (n % 12) + 1;
  return {
    period: `${year}-${String(month).padStart(2, "0")}`,
    label: `${shortMonthName(month)} ${year}`,
  };
}

/** Counts by id (records are shared registry objects, but ids say what is the same). */
function countInto<T extends { id: string }>(counts: Map<string, [T, number]>, item: T): void {
  counts.set(item.id, [item, (counts.get(item.id)?.[1] ?? 0) + 1]);
}

function ranked<T>(counts: Map<string, [T, number]>, name: (item: T) => string): [T, number][] {
  return [...counts.values()].sort(([a, x], [b, y]) => y - x || name(a).localeCompare(name(b)));
}

/** The profile of `body` over the whole dataset. Linear in the number of policy items. */
export function selectBodyProfile(
  dataset: Pick<Dataset, "policies" | "targets" | "briefs">,
  documents: DocumentIndex,
  body: IssuingBody,
  by: PeriodGranularity,
): BodyProfile {
  const own = dataset.policies
    .filter((policy) => policy.issuingBodies.some((issuer) => issuer.id === body.id))
    .sort((a, b) => compareDates(a.date, b.date) || compareCodeUnits(a.id, b.id));
  const seen = new Set<string>();
  const periods = new Map<number, { lead: number; coIssuer: number }>();
  const years = new Map<number, { lead: number; coIssuer: number }>();
  const coIssuers = new Map<string, [IssuingBody, number]>();
  const sectors = new Map<string, [Sector, number]>();
  let asLead = 0;
  for (const policy of own) {
    const documentId = documents.documentOf(policy.id)?.id ?? policy.id;
    if (seen.has(documentId)) continue;
    seen.add(documentId);
    const isLead = policy.issuingBodies[0]?.id === body.id;
    if (isLead) asLead += 1;
    // A year-only date put in January (or mid-year) would draw a spike no document made.
    const { month, year } = policy.date;
    const [counts, n] = month === null ? [years, year] : [periods, periodNumber(year, month, by)];
    const row = counts.get(n) ?? { lead: 0, coIssuer: 0 };
    if (isLead) row.lead += 1;
    else row.coIssuer += 1;
    counts.set(n, row);
    policy.issuingBodies.forEach((other) => other.id !== body.id && countInto(coIssuers, other));
    policy.sectors.forEach((sector) => countInto(sectors, sector));
  }
  const numbers = [...periods.keys()];
  const byPeriod: BodyPeriodRow[] = [];
  if (numbers.length > 0) {
    for (let n = Math.min(...numbers); n <= Math.max(...numbers); n += 1) {
      byPeriod.push({ ...periodOf(n, by), ...(periods.get(n) ?? { lead: 0, coIssuer: 0 }) });
    }
  }
  const targets = dataset.targets.filter((target) =>
    target.issuingBodies.some((issuer) => issuer.id === body.id),
  );
  const firstYear = dataset.briefs.at(-1)?.publishedOn.year ?? null;
  return {
    documents: seen.size,
    asLead,
    byPeriod,
    yearOnly: [...years].sort(([a], [b]) => a - b).map(([year, row]) => ({ year, ...row })),
    coIssuers: ranked(coIssuers, (b) => b.acronym).map(([other, count]) => ({
      body: other,
      documents: count,
    })),
    sectors: ranked(sectors, (s) => s.nameEn).map(([sector, count]) => ({
      sector,
      documents: count,
    })),
    targetsByYear: aggregateTargetsByDeadline(targets, firstYear),
    targets: targets.length,
    latest: own.slice(-LATEST).reverse(),
  };
}
