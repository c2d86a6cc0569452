import { parseCalendarDate } from "@/core/calendar-date";
import { SEARCH_KINDS, type SearchKind } from "@/domain/search/search-documents";
import { SEARCH_PARAMS } from "@/domain/search/search-params";
import { issuerParam, parseListParam, sectorParam, setListParam } from "@/lib/search-params";
import type { PageStateCodec } from "@/lib/search-params";

/** The filters the other pages use, applied to search results; empty lists mean "all". */
export interface SearchFilters {
  kinds: readonly SearchKind[];
  issuers: readonly string[];
  sectors: readonly string[];
  /** ISO days: a record matches when its date (day, month or year) overlaps the range. */
  from: string | null;
  to: string | null;
}

/** What the search page keeps in its URL: the query and the filters. */
export interface SearchPageState {
  query: string;
  filters: SearchFilters;
}

export const NO_SEARCH_FILTERS: SearchFilters = {
  kinds: [],
  issuers: [],
  sectors: [],
  from: null,
  to: null,
};

const isSearchKind = (value: string): value is SearchKind =>
  SEARCH_KINDS.some((kind) => kind === value);

/** Days only, like the date filters of the other pages. */
function parseDateParam(value: string | null): string | null {
  return value !== null && parseCalendarDate(value)?.precision === "day" ? value : null;
}

/** Reads the search page's state from the URL; unknown kinds and bad dates are ignored. */
export function parseSearchPageFilters(params: URLSearchParams): SearchPageState {
  return {
    query: params.get(SEARCH_PARAMS.query) ?? "",
    filters: {
      kinds: parseListParam(params.get(SEARCH_PARAMS.kinds)).filter(isSearchKind),
      issuers: issuerParam.parse(params),
      sectors: sectorParam.parse(params),
      from: parseDateParam(params.get(SEARCH_PARAMS.from)),
      to: parseDateParam(params.get(SEARCH_PARAMS.to)),
    },
  };
}

/** The URL form of the search page's state; the exact inverse of `parseSearchPageFilters`. */
export function toSearchPageSearchParams({ query, filters }: SearchPageState): URLSearchParams {
  const params = new URLSearchParams();
  // Kept as typed: a trailing space means "this word is complete" (no prefix matching).
  if (query) params.set(SEARCH_PARAMS.query, query);
  setListParam(params, SEARCH_PARAMS.kinds, filters.kinds);
  issuerParam.write(params, filters.issuers);
  sectorParam.write(params, filters.sectors);
  if (filters.from) params.set(SEARCH_PARAMS.from, filters.from);
  if (filters.to) params.set(SEARCH_PARAMS.to, filters.to);
  return params;
}

/** The search page's state in the URL. */
export const searchPageCodec: PageStateCodec<SearchPageState> = {
  names: Object.values(SEARCH_PARAMS),
  parse: parseSearchPageFilters,
  write: toSearchPageSearchParams,
};
