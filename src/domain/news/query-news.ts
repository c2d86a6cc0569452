import type { CorporateNews } from "@/data/model";
import { DEAL_KINDS } from "@/data/schema";
import { lastOrdinal } from "@/domain/calendar-date";
import type { NewsFilters } from "@/domain/news/news-filters";
import type { NewsIndex, Rows } from "@/domain/news/news-index";
import { sortOrder } from "@/domain/news/news-order";
import { toSearchTerms } from "@/domain/news/search-text";
import { matchTextTerms, textIndexOf } from "@/domain/news/text-index";

/** Per facet value (by its number in the index): matching items under the other filters. */
export interface NewsFacetCounts {
  company: Uint32Array;
  country: Uint32Array;
  dealKind: Uint32Array;
  sector: Uint32Array;
  /** Cross-border items under the other filters. */
  crossBorder: number;
}

export interface NewsQueryResult {
  /** Positions in `index.items` of the matching items, in the requested order. */
  positions: Uint32Array;
  counts: NewsFacetCounts;
  /** The search terms, for highlighting. */
  terms: string[];
}

const COMPANY = 0;
const COUNTRY = 1;
const DEAL_KIND = 2;
const SECTOR = 3;
const CROSS_BORDER = 4;
const NONE = -1;
const DEAL_KIND_NUMBER = new Map<string, number>(DEAL_KINDS.map((kind, at) => [kind, at]));

/** Flags for the selected values, or null when the facet is not in use. */
function toSelection(ids: readonly string[], number: ReadonlyMap<string, number>, size: number) {
  if (ids.length === 0) return null;
  const flags = new Uint8Array(size);
  for (const id of ids) {
    const at = number.get(id);
    if (at !== undefined) flags[at] = 1;
  }
  return flags;
}

function anySelected(rows: Rows, position: number, selection: Uint8Array): boolean {
  const end = rows.start[position + 1] ?? 0;
  for (let at = rows.start[position] ?? 0; at < end; at += 1) {
    if (selection[rows.values[at] ?? 0] === 1) return true;
  }
  return false;
}

function countRow(rows: Rows, position: number, counts: Uint32Array): void {
  const end = rows.start[position + 1] ?? 0;
  for (let at = rows.start[position] ?? 0; at < end; at += 1) {
    const value = rows.values[at] ?? 0;
    counts[value] = (counts[value] ?? 0) + 1;
  }
}

/**
 * The items matching the filters, in the requested order, with facet counts, in one pass over
 * the index. Within a facet any selected value matches (OR); across facets all must (AND).
 * An item failing exactly one facet still counts for that facet's values, which is how each
 * facet's counts reflect the other filters only.
 */
export function queryNews(index: NewsIndex, filters: NewsFilters): NewsQueryResult {
  const terms = toSearchTerms(filters.query);
  const textMatches =
    terms.length > 0 ? matchTextTerms(textIndexOf(index), terms, index.items.length) : null;
  const companies = toSelection(filters.companies, index.companyNumber, index.companies.length);
  const countries = toSelection(filters.countries, index.countryNumber, index.countries.length);
  const sectors = toSelection(filters.sectors, index.sectorNumber, index.sectors.length);
  const dealKinds = toSelection(filters.dealKinds, DEAL_KIND_NUMBER, DEAL_KINDS.length);
  const from = filters.from?.ordinal ?? Number.NEGATIVE_INFINITY;
  const to = filters.to ? lastOrdinal(filters.to) : Number.POSITIVE_INFINITY;
  const counts: NewsFacetCounts = {
    company: new Uint32Array(index.companies.length),
    country: new Uint32Array(index.countries.length),
    dealKind: new Uint32Array(DEAL_KINDS.length),
    sector: new Uint32Array(index.sectors.length),
    crossBorder: 0,
  };
  const order = sortOrder(index, filters.sort);
  const positions = new Uint32Array(order.length);
  let found = 0;
  for (let at = 0; at < order.length; at += 1) {
    const position = order[at] ?? 0;
    const ordinal = index.itemOrdinal[position] ?? 0;
    if (ordinal < from || ordinal > to) continue;
    if (textMatches && textMatches[position] !== 1) continue;
    // Which facet the item fails; a second failure rules it out of every count.
    let missed = NONE;
    if (companies && !anySelected(index.itemCompanies, position, companies)) missed = COMPANY;
    if (countries && !anySelected(index.itemCountries, position, countries)) {
      if (missed !== NONE) continue;
      missed = COUNTRY;
    }
    const dealKind = index.itemDealKind[position] ?? 0;
    if (dealKinds && dealKinds[dealKind] !== 1) {
      if (missed !== NONE) continue;
      missed = DEAL_KIND;
    }
    if (sectors && !anySelected(index.itemSectors, position, sectors)) {
      if (missed !== NONE) continue;
      missed = SECTOR;
    }
    const isCrossBorder = index.itemCrossBorder[position] === 1;
    if (filters.crossBorder && !isCrossBorder) {
      if (missed !== NONE) continue;
      missed = CROSS_BORDER;
    }
    if (missed === NONE) {
      positions[found++] = position;
      if (isCrossBorder) counts.crossBorder += 1;
    }
    if (missed === NONE || missed === COMPANY) {
      countRow(index.itemCompanies, position, counts.company);
    }
    if (missed === NONE || missed === COUNTRY) {
      countRow(index.itemCountries, position, counts.country);
    }
    if (missed === NONE || missed === DEAL_KIND) {
      counts.dealKind[dealKind] = (counts.dealKind[dealKind] ?? 0) + 1;
    }
    if (missed === NONE || missed === SECTOR) countRow(index.itemSectors, position, counts.sector);
  }
  return { positions: positions.slice(0, found), counts, terms };
}

/** The matching items themselves, in order: what benchmarks compare with `filterNewsNaive`. */
export function filterNews(index: NewsIndex, filters: NewsFilters): CorporateNews[] {
  return Array.from(
    queryNews(index, filters).positions,
    (position) => index.items[position],
  ).filter((item): item is CorporateNews => item !== undefined);
}
