import { DEAL_KINDS } from "@/core/deal-kinds";
import { DEAL_KIND_LABELS } from "@/core/deal-kinds";
import type { NewsChartDimension } from "@/domain/news/news-filters";
import type { Rows } from "@/domain/facets/facet-counting";
import type { NewsIndex } from "@/domain/news/news-index";

/** One bar of the summary chart: a country, company or deal kind and its number of items. */
export interface NewsChartRow {
  /** The value a click filters by: country code, company id or deal kind. */
  key: string;
  label: string;
  count: number;
}

export interface NewsChartData {
  rows: NewsChartRow[];
  /** How many categories have items at all (the chart shows the largest). */
  categories: number;
  /** Items with nothing to count them by (no recorded place), which no bar holds. */
  uncounted: number;
}

const collator = new Intl.Collator("en");

function countRows(rows: Rows, positions: Uint32Array, size: number) {
  const counts = new Uint32Array(size);
  let uncounted = 0;
  for (const position of positions) {
    const start = rows.start[position] ?? 0;
    const end = rows.start[position + 1] ?? 0;
    if (end === start) uncounted += 1;
    for (let at = start; at < end; at += 1) {
      const value = rows.values[at] ?? 0;
      counts[value] = (counts[value] ?? 0) + 1;
    }
  }
  return { counts, uncounted };
}

function countOf(index: NewsIndex, positions: Uint32Array, dimension: NewsChartDimension) {
  if (dimension === "country" || dimension === "place") {
    const rows = dimension === "place" ? index.itemPlaces : index.itemCountries;
    return {
      ...countRows(rows, positions, index.countries.length),
      describe: (at: number) => ({
        key: index.countries[at]?.code ?? "",
        label: index.countries[at]?.nameEn ?? "",
      }),
    };
  }
  if (dimension === "company") {
    return {
      ...countRows(index.itemCompanies, positions, index.companies.length),
      describe: (at: number) => ({
        key: index.companies[at]?.id ?? "",
        label: index.companies[at]?.name ?? "",
      }),
    };
  }
  const counts = new Uint32Array(DEAL_KINDS.length);
  for (const position of positions) {
    const kind = index.itemDealKind[position] ?? 0;
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return {
    counts,
    uncounted: 0,
    describe: (at: number) => {
      const kind = DEAL_KINDS[at] ?? "other";
      return { key: kind, label: DEAL_KIND_LABELS[kind] };
    },
  };
}

/**
 * The matching items counted by home country, place, company or deal kind: the `limit` largest,
 * most items first, ties by name. An item naming two companies counts once for each of them; an
 * item with no recorded place counts in no country where it happens.
 */
export function aggregateNewsBy(
  index: NewsIndex,
  positions: Uint32Array,
  dimension: NewsChartDimension,
  limit = 10,
): NewsChartData {
  const { counts, uncounted, describe } = countOf(index, positions, dimension);
  const nonZero = counts.filter((count) => count > 0);
  // Only categories at or above the limit-th largest count need names and a string sort.
  const ascending = nonZero.slice().sort();
  const threshold = ascending[Math.max(0, ascending.length - limit)] ?? 1;
  const rows: NewsChartRow[] = [];
  counts.forEach((count, at) => {
    if (count >= threshold && count > 0) rows.push({ ...describe(at), count });
  });
  rows.sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
  return { rows: rows.slice(0, limit), categories: nonZero.length, uncounted };
}

/** Ids of the briefs the given items come from, for the chart's source line. */
export function selectBriefIdsOf(index: NewsIndex, positions: Uint32Array): string[] {
  const seen = new Uint8Array(index.briefIds.length);
  for (const position of positions) seen[index.itemBrief[position] ?? 0] = 1;
  return index.briefIds.filter((_, at) => seen[at] === 1);
}
