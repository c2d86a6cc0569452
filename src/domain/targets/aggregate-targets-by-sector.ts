import type { IssuingBody, Sector, Target } from "@/data/model";
import {
  compareTargetYearKeys,
  describeTargetYearKey,
  toTargetYearKey,
} from "@/domain/targets/target-year";
import type { SectorBreakdown, TargetFocus } from "@/domain/targets/targets-view";

/** One coloured series of the sector chart: a target year, an issuing body, or the rest. */
export interface SectorSeries {
  key: string;
  label: string;
  /** The targets a bar of this series stands for, within its sector. */
  focus: TargetFocus;
}

/** How many targets one sector has, in total and per series. */
export interface SectorCount {
  sector: Sector;
  total: number;
  bySeries: ReadonlyMap<string, number>;
}

export interface SectorAggregation {
  breakdown: SectorBreakdown;
  series: SectorSeries[];
  sectors: SectorCount[];
}

/** What the chart draws per sector: the counts keyed by series. */
export interface SectorChartRow {
  sectorId: string;
  total: number;
  values: Record<string, number>;
}

export const OTHER_ISSUERS_KEY = "other-issuers";

/** Okabe–Ito offers seven colours besides black; more issuers fold into "Other issuing bodies". */
export const MAX_ISSUER_SERIES = 6;

function yearSeries(targets: readonly Target[]): SectorSeries[] {
  const keys = [...new Set(targets.map(toTargetYearKey))].sort(compareTargetYearKeys);
  return keys.map((year) => ({ key: year, label: describeTargetYearKey(year), focus: { year } }));
}

function issuerSeries(targets: readonly Target[], preferred: readonly string[]): SectorSeries[] {
  const bodies = new Map<string, { body: IssuingBody; count: number }>();
  for (const body of targets.flatMap((target) => target.issuingBodies)) {
    const entry = bodies.get(body.id) ?? { body, count: 0 };
    bodies.set(body.id, { body, count: entry.count + 1 });
  }
  // Chosen issuers keep their own colour; the rest rank by how many targets they set.
  const ranked = [...bodies.values()].sort(
    (a, b) =>
      Number(preferred.includes(b.body.id)) - Number(preferred.includes(a.body.id)) ||
      b.count - a.count ||
      a.body.acronym.localeCompare(b.body.acronym),
  );
  const shown = ranked.length > MAX_ISSUER_SERIES + 1 ? ranked.slice(0, MAX_ISSUER_SERIES) : ranked;
  const rest = ranked.slice(shown.length).map(({ body }) => body.id);
  return [
    ...shown.map(({ body }) => ({
      key: body.id,
      label: body.acronym,
      focus: { issuers: [body.id] },
    })),
    ...(rest.length > 0
      ? [{ key: OTHER_ISSUERS_KEY, label: "Other issuing bodies", focus: { issuers: rest } }]
      : []),
  ];
}

function seriesKeysOf(target: Target, series: readonly SectorSeries[]): string[] {
  return series
    .filter(({ focus }) =>
      focus.year !== undefined
        ? toTargetYearKey(target) === focus.year
        : target.issuingBodies.some((body) => focus.issuers?.includes(body.id)),
    )
    .map(({ key }) => key);
}

/**
 * Counts targets per sector, split by target year (each target in one year, so the parts add up
 * to the total) or by issuing body (a co-issued target counts for each of its bodies, so the
 * parts can add up to more). Sectors with the most targets come first.
 */
export function aggregateTargetsBySector(
  targets: readonly Target[],
  breakdown: SectorBreakdown,
  preferredIssuers: readonly string[] = [],
): SectorAggregation {
  const series =
    breakdown === "year" ? yearSeries(targets) : issuerSeries(targets, preferredIssuers);
  const bySector = new Map<
    string,
    { sector: Sector; total: number; bySeries: Map<string, number> }
  >();
  for (const target of targets) {
    const entry = bySector.get(target.sector.id) ?? {
      sector: target.sector,
      total: 0,
      bySeries: new Map<string, number>(),
    };
    entry.total += 1;
    for (const key of seriesKeysOf(target, series)) {
      entry.bySeries.set(key, (entry.bySeries.get(key) ?? 0) + 1);
    }
    bySector.set(target.sector.id, entry);
  }
  const sectors = [...bySector.values()].sort(
    (a, b) => b.total - a.total || a.sector.nameEn.localeCompare(b.sector.nameEn),
  );
  return { breakdown, series, sectors };
}

/** The rows the sector chart draws: one per sector, a count for every series (zero included). */
export function toSectorChartRows(aggregation: SectorAggregation): SectorChartRow[] {
  return aggregation.sectors.map(({ sector, total, bySeries }) => ({
    sectorId: sector.id,
    total,
    values: Object.fromEntries(aggregation.series.map(({ key }) => [key, bySeries.get(key) ?? 0])),
  }));
}
