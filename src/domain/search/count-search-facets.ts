import {
  countsToward,
  FAILS_SEVERAL,
  PASSES_ALL,
  withFailed,
} from "@/domain/facets/facet-counting";
import type { SearchIndex } from "@/domain/search/build-search-index";
import type { QueryMatch } from "@/domain/search/match-query";
import { SEARCH_KINDS, type SearchKind } from "@/domain/search/search-documents";
import type { SearchFilters } from "@/domain/search/search-filters";
import { toFilterTests } from "@/domain/search/search-index";

export interface SearchFacetCounts {
  kinds: Map<SearchKind, number>;
  issuers: Map<string, number>;
  sectors: Map<string, number>;
}

const increment = <K>(counts: Map<K, number>, key: K) =>
  counts.set(key, (counts.get(key) ?? 0) + 1);

const KINDS = 0;
const ISSUERS = 1;
const SECTORS = 2;

/**
 * How many hits each facet value would have, each facet counted under the other filters (so
 * choosing one ministry still shows how many hits the others have), in one pass over the match,
 * by the rule every page's facets share (facet-counting).
 */
export function countSearchFacets(
  index: SearchIndex,
  match: QueryMatch,
  filters: SearchFilters,
): SearchFacetCounts {
  const tests = toFilterTests(index, filters);
  const counts: SearchFacetCounts = { kinds: new Map(), issuers: new Map(), sectors: new Map() };
  for (const doc of match.docs) {
    if (!tests.date(doc)) continue;
    let standing = tests.kind(doc) ? PASSES_ALL : KINDS;
    if (!tests.issuer(doc)) standing = withFailed(standing, ISSUERS);
    if (!tests.sector(doc)) standing = withFailed(standing, SECTORS);
    if (standing === FAILS_SEVERAL) continue;
    if (countsToward(standing, KINDS)) {
      increment(counts.kinds, SEARCH_KINDS[index.kinds[doc] ?? 0] ?? "policy");
    }
    if (countsToward(standing, ISSUERS)) {
      for (const id of index.issuerIds[doc] ?? []) increment(counts.issuers, id);
    }
    if (countsToward(standing, SECTORS)) {
      for (const id of index.sectorIds[doc] ?? []) increment(counts.sectors, id);
    }
  }
  return counts;
}

export interface SearchFacetValues {
  issuers: ReadonlySet<string>;
  sectors: ReadonlySet<string>;
}

/** The issuing bodies and sectors that at least one searchable record has. */
export function listSearchFacetValues(index: SearchIndex): SearchFacetValues {
  return { issuers: new Set(index.issuerIds.flat()), sectors: new Set(index.sectorIds.flat()) };
}
