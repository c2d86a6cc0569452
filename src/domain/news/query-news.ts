import type { CorporateNews } from "@/data/model";
import { DEAL_KINDS } from "@/core/deal-kinds";
import { lastOrdinal } from "@/core/calendar-date";
import type { NewsFilters } from "@/domain/news/news-filters";
import {
  anySelected,
  countRow,
  countsToward,
  FAILS_SEVERAL,
  PASSES_ALL,
  toSelection,
  withFailed,
} from "@/domain/facets/facet-counting";
import type { NewsIndex } from "@/domain/news/news-index";
import { isIndexOrder, sortOrder } from "@/domain/news/news-order";
import { toSearchTerms } from "@/domain/news/search-text";
import { matchTextTerms, textIndexOf } from "@/domain/news/text-index";

/** Per facet value (by its number in the index): matching items under the other filters. */
export interface NewsFacetCounts {
  company: Uint32Array;
  /** By the companies' home countries… */
  country: Uint32Array;
  /** …and by where the items happen: both, whichever the country filter reads. */
  place: Uint32Array;
  dealKind: Uint32Array;
  sector: Uint32Array;
  /** Cross-border items under the other filters. */
  crossBorder: number;
}

/** What the list shows: the matching items and the words to highlight in them. */
export interface NewsListResult {
  /** Positions in `index.items` of the matching items, in the requested order. */
  positions: Uint32Array;
  /** The search terms, for highlighting. */
  terms: string[];
}

export interface NewsQueryResult extends NewsListResult {
  counts: NewsFacetCounts;
}

const COMPANY = 0;
const COUNTRY = 1;
const DEAL_KIND = 2;
const SECTOR = 3;
const CROSS_BORDER = 4;
const DEAL_KIND_NUMBER = new Map<string, number>(DEAL_KINDS.map((kind, at) => [kind, at]));

/** Flags (1) for the given positions, one per item. */
function toFlags(positions: Uint32Array, index: NewsIndex): Uint8Array {
  const flags = new Uint8Array(index.items.length);
  for (let at = 0; at < positions.length; at += 1) flags[positions[at] ?? 0] = 1;
  return flags;
}

/**
 * One pass over the index in the requested order: the positions of the matching items, and when
 * `counts` is given, the facet counts added into it. An item failing exactly one facet still
 * counts for that facet's values, which is how each facet's counts reflect the other filters only.
 */
function scanNews(
  index: NewsIndex,
  filters: NewsFilters,
  terms: readonly string[],
  counts: NewsFacetCounts | null,
): Uint32Array {
  const companies = toSelection(filters.companies, index.companyNumber, index.companies.length);
  const countries = toSelection(filters.countries, index.countryNumber, index.countries.length);
  const countryRows = filters.countryOf === "place" ? index.itemPlaces : index.itemCountries;
  const sectors = toSelection(filters.sectors, index.sectorNumber, index.sectors.length);
  const dealKinds = toSelection(filters.dealKinds, DEAL_KIND_NUMBER, DEAL_KINDS.length);
  const from = filters.from?.ordinal ?? Number.NEGATIVE_INFINITY;
  const to = filters.to ? lastOrdinal(filters.to) : Number.POSITIVE_INFINITY;
  const textMatches =
    terms.length > 0 ? matchTextTerms(textIndexOf(index), terms, index.items.length) : null;
  // A search narrows the most: walk its matches alone when they already come in the order asked
  // for (the index's own), else walk that order and look each item up.
  const candidates =
    textMatches && isIndexOrder(filters.sort) ? textMatches : sortOrder(index, filters.sort);
  const isText = textMatches && candidates !== textMatches ? toFlags(textMatches, index) : null;
  const positions = new Uint32Array(candidates.length);
  let found = 0;
  for (let at = 0; at < candidates.length; at += 1) {
    const position = candidates[at] ?? 0;
    const ordinal = index.itemOrdinal[position] ?? 0;
    if (ordinal < from || ordinal > to) continue;
    if (isText && isText[position] !== 1) continue;
    // Which facet the item fails; a second failure rules it out of every count.
    let standing = PASSES_ALL;
    if (companies && !anySelected(index.itemCompanies, position, companies)) standing = COMPANY;
    if (countries && !anySelected(countryRows, position, countries)) {
      standing = withFailed(standing, COUNTRY);
      if (standing === FAILS_SEVERAL) continue;
    }
    const dealKind = index.itemDealKind[position] ?? 0;
    if (dealKinds && dealKinds[dealKind] !== 1) {
      standing = withFailed(standing, DEAL_KIND);
      if (standing === FAILS_SEVERAL) continue;
    }
    if (sectors && !anySelected(index.itemSectors, position, sectors)) {
      standing = withFailed(standing, SECTOR);
      if (standing === FAILS_SEVERAL) continue;
    }
    const isCrossBorder = index.itemCrossBorder[position] === 1;
    if (filters.crossBorder && !isCrossBorder) {
      standing = withFailed(standing, CROSS_BORDER);
      if (standing === FAILS_SEVERAL) continue;
    }
    if (standing === PASSES_ALL) positions[found++] = position;
    if (counts === null) continue;
    if (standing === PASSES_ALL && isCrossBorder) counts.crossBorder += 1;
    if (countsToward(standing, COMPANY)) countRow(index.itemCompanies, position, counts.company);
    if (countsToward(standing, COUNTRY)) {
      countRow(index.itemCountries, position, counts.country);
      countRow(index.itemPlaces, position, counts.place);
    }
    if (countsToward(standing, DEAL_KIND)) {
      counts.dealKind[dealKind] = (counts.dealKind[dealKind] ?? 0) + 1;
    }
    if (countsToward(standing, SECTOR)) countRow(index.itemSectors, position, counts.sector);
  }
  return positions.slice(0, found);
}

/**
 * The items matching the filters, in the requested order: what the list shows, without the
 * facet counts, which cost more than the filtering and need not follow every keystroke. Within
 * a facet any selected value matches (OR); across facets all must (AND).
 */
export function filterNewsPositions(index: NewsIndex, filters: NewsFilters): NewsListResult {
  const terms = toSearchTerms(filters.query);
  return { positions: scanNews(index, filters, terms, null), terms };
}

/** The matching items as `filterNewsPositions` finds them, with facet counts, in one pass. */
export function queryNews(index: NewsIndex, filters: NewsFilters): NewsQueryResult {
  const terms = toSearchTerms(filters.query);
  const counts: NewsFacetCounts = {
    company: new Uint32Array(index.companies.length),
    country: new Uint32Array(index.countries.length),
    place: new Uint32Array(index.countries.length),
    dealKind: new Uint32Array(DEAL_KINDS.length),
    sector: new Uint32Array(index.sectors.length),
    crossBorder: 0,
  };
  return { positions: scanNews(index, filters, terms, counts), counts, terms };
}

/** The matching items themselves, in order: what benchmarks compare with `filterNewsNaive`. */
export function filterNews(index: NewsIndex, filters: NewsFilters): CorporateNews[] {
  return Array.from(
    filterNewsPositions(index, filters).positions,
    (position) => index.items[position],
  ).filter((item): item is CorporateNews => item !== undefined);
}
