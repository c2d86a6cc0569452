import { lastOrdinal, parseCalendarDate } from "@/core/calendar-date";
import { NO_DATE, type SearchIndex } from "@/domain/search/build-search-index";
import { matchQuery, type HighlightTerms, type QueryMatch } from "@/domain/search/match-query";
import { SEARCH_KINDS, type SearchKind, type SearchRecord } from "@/domain/search/search-documents";
import { NO_SEARCH_FILTERS, type SearchFilters } from "@/domain/search/search-filters";

export interface SearchHit {
  record: SearchRecord;
  score: number;
}

/** The best hits of one kind, and how many there are in all. */
export interface SearchGroup {
  kind: SearchKind;
  total: number;
  hits: SearchHit[];
}

export interface SearchResults {
  total: number;
  /** One group per kind with hits, in SEARCH_KINDS order. */
  groups: SearchGroup[];
  highlight: HighlightTerms;
}

/** The filters as tests on a record index; a facet that is set excludes records without it. */
export interface FilterTests {
  /** False when no filter is set: every record passes, and the tests can be skipped. */
  isActive: boolean;
  kind(doc: number): boolean;
  issuer(doc: number): boolean;
  sector(doc: number): boolean;
  date(doc: number): boolean;
}

export function toFilterTests(index: SearchIndex, filters: SearchFilters): FilterTests {
  const kinds = new Set(filters.kinds.map((kind) => SEARCH_KINDS.indexOf(kind)));
  const issuers = new Set(filters.issuers);
  const sectors = new Set(filters.sectors);
  const from = filters.from ? parseCalendarDate(filters.from) : null;
  const to = filters.to ? parseCalendarDate(filters.to) : null;
  const first = from ? from.ordinal : NO_DATE;
  const last = to ? lastOrdinal(to) : Number.POSITIVE_INFINITY;
  const hasDates = from !== null || to !== null;
  return {
    isActive: kinds.size + issuers.size + sectors.size > 0 || hasDates,
    kind: (doc) => kinds.size === 0 || kinds.has(index.kinds[doc] ?? 0),
    issuer: (doc) =>
      issuers.size === 0 || (index.issuerIds[doc] ?? []).some((id) => issuers.has(id)),
    sector: (doc) =>
      sectors.size === 0 || (index.sectorIds[doc] ?? []).some((id) => sectors.has(id)),
    date: (doc) => {
      if (!hasDates) return true;
      const start = index.dateStart[doc] ?? NO_DATE;
      return start !== NO_DATE && (index.dateEnd[doc] ?? NO_DATE) >= first && start <= last;
    },
  };
}

/** Inserts a hit (its position in the match) into a list kept best first, of at most `limit`. */
function insertTop(top: number[], scores: Float64Array, at: number, limit: number): void {
  const score = scores[at] ?? 0;
  if (top.length === limit && score <= (scores[top[limit - 1] ?? 0] ?? 0)) return;
  let position = top.length;
  while (position > 0 && (scores[top[position - 1] ?? 0] ?? 0) < score) position -= 1;
  top.splice(position, 0, at);
  if (top.length > limit) top.pop();
}

/**
 * Groups a match by kind under the filters, keeping the `limit` best hits of each kind; a
 * single pass with small sorted lists, because sorting every match would miss the time budget.
 */
export function selectSearchHits(
  index: SearchIndex,
  match: QueryMatch,
  filters: SearchFilters,
  limit: number,
): SearchResults {
  const tests = toFilterTests(index, filters);
  const totals = new Array<number>(SEARCH_KINDS.length).fill(0);
  const tops = SEARCH_KINDS.map((): number[] => []);
  let total = 0;
  for (let at = 0; at < match.docs.length; at += 1) {
    const doc = match.docs[at] ?? 0;
    if (
      tests.isActive &&
      !(tests.kind(doc) && tests.issuer(doc) && tests.sector(doc) && tests.date(doc))
    )
      continue;
    const kind = index.kinds[doc] ?? 0;
    totals[kind] = (totals[kind] ?? 0) + 1;
    total += 1;
    const top = tops[kind];
    if (top) insertTop(top, match.scores, at, limit);
  }
  const groups = SEARCH_KINDS.flatMap((kind, at) => {
    const count = totals[at] ?? 0;
    if (count === 0) return [];
    const hits = (tops[at] ?? []).flatMap((position) => {
      const record = index.records[match.docs[position] ?? -1];
      return record ? [{ record, score: match.scores[position] ?? 0 }] : [];
    });
    return [{ kind, total: count, hits }];
  });
  return { total, groups, highlight: match.highlight };
}

/**
 * Searches every kind of record at once: policies, targets, corporate news, companies,
 * issuing bodies and briefs, best first within each kind, `limit` hits per kind.
 */
export function searchIndex(
  index: SearchIndex,
  query: string,
  filters: SearchFilters = NO_SEARCH_FILTERS,
  limit = 5,
): SearchResults {
  return selectSearchHits(index, matchQuery(index, query), filters, limit);
}
