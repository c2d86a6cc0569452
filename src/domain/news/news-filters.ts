/**
 * Everything the Corporate news page keeps in its URL, and the exact pair that reads and writes
 * it. Bad parameters fall back to defaults rather than failing the page.
 */
import { DEAL_KINDS, type DealKind } from "@/core/deal-kinds";
import { parseCalendarDate, type CalendarDate } from "@/core/calendar-date";
import { parseListParam, setListParam, type PageStateCodec } from "@/lib/search-params";

export const NEWS_SORT_KEYS = ["date", "company", "country"] as const;
export type NewsSortKey = (typeof NEWS_SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";
export interface NewsSort {
  key: NewsSortKey;
  direction: SortDirection;
}

/** What the country filter means: the companies' home countries, or where the news happens. */
export const NEWS_COUNTRY_MODES = ["company", "place"] as const;
export type NewsCountryMode = (typeof NEWS_COUNTRY_MODES)[number];

/**
 * What the summary chart counts the filtered news by: "country" the companies' home countries,
 * "place" the country where the news happens (the two readings of the country filter).
 */
export const NEWS_CHART_DIMENSIONS = ["country", "place", "company", "deal-kind"] as const;
export type NewsChartDimension = (typeof NEWS_CHART_DIMENSIONS)[number];

export interface NewsFilters {
  /** Free text as typed; whitespace only means no text filter. */
  query: string;
  /** Company ids; an item matches when any of them is involved. */
  companies: string[];
  /** ISO country codes, read as `countryOf` says; any of them. */
  countries: string[];
  /** "company": a company of the item is from there; "place": the item happens there. */
  countryOf: NewsCountryMode;
  dealKinds: DealKind[];
  sectors: string[];
  /** Only items that bring a Chinese and a foreign company together. */
  crossBorder: boolean;
  /** Items dated on or after the first day of `from` and on or before the last day of `to`. */
  from: CalendarDate | null;
  to: CalendarDate | null;
  sort: NewsSort;
  chart: NewsChartDimension;
}

export const DEFAULT_NEWS_SORT: NewsSort = { key: "date", direction: "desc" };

export const DEFAULT_NEWS_FILTERS: NewsFilters = {
  query: "",
  companies: [],
  countries: [],
  countryOf: "company",
  dealKinds: [],
  sectors: [],
  crossBorder: false,
  from: null,
  to: null,
  sort: DEFAULT_NEWS_SORT,
  chart: "country",
};

export const NEWS_PARAMS = {
  query: "q",
  companies: "company",
  countries: "country",
  countryOf: "countryof",
  dealKinds: "kind",
  sectors: "sector",
  crossBorder: "crossborder",
  from: "from",
  to: "to",
  sort: "sort",
  chart: "chart",
} as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;

function isOneOf<T extends string>(values: readonly T[], value: string | null): value is T {
  return values.some((v) => v === value);
}

/** A sort order as written in the URL and in the sort menu: "company-asc". */
export function toNewsSortParam(sort: NewsSort): string {
  return `${sort.key}-${sort.direction}`;
}

/** Reads "company-asc" and the like; anything else is the default, newest first. */
export function parseNewsSort(value: string | null): NewsSort {
  const [key = "", direction = ""] = (value ?? "").split("-");
  if (!isOneOf(NEWS_SORT_KEYS, key) || (direction !== "asc" && direction !== "desc")) {
    return DEFAULT_NEWS_SORT;
  }
  return { key, direction };
}

/** Reads the page state from URL parameters; unknown or malformed values are dropped. */
export function parseNewsFilters(params: URLSearchParams): NewsFilters {
  const chart = params.get(NEWS_PARAMS.chart);
  const countryOf = params.get(NEWS_PARAMS.countryOf);
  return {
    query: params.get(NEWS_PARAMS.query) ?? "",
    companies: parseListParam(params.get(NEWS_PARAMS.companies)).filter((id) => SLUG.test(id)),
    countries: parseListParam(params.get(NEWS_PARAMS.countries)?.toUpperCase() ?? null).filter(
      (code) => COUNTRY_CODE.test(code),
    ),
    countryOf: isOneOf(NEWS_COUNTRY_MODES, countryOf) ? countryOf : DEFAULT_NEWS_FILTERS.countryOf,
    dealKinds: parseListParam(params.get(NEWS_PARAMS.dealKinds)).filter((kind) =>
      isOneOf(DEAL_KINDS, kind),
    ),
    sectors: parseListParam(params.get(NEWS_PARAMS.sectors)).filter((id) => SLUG.test(id)),
    crossBorder: params.get(NEWS_PARAMS.crossBorder) === "1",
    from: parseCalendarDate(params.get(NEWS_PARAMS.from) ?? ""),
    to: parseCalendarDate(params.get(NEWS_PARAMS.to) ?? ""),
    sort: parseNewsSort(params.get(NEWS_PARAMS.sort)),
    chart: isOneOf(NEWS_CHART_DIMENSIONS, chart) ? chart : DEFAULT_NEWS_FILTERS.chart,
  };
}

/**
 * Writes the page state, leaving out defaults so URLs stay short. The exact inverse of
 * `parseNewsFilters`.
 */
export function toNewsSearchParams(filters: NewsFilters): URLSearchParams {
  const params = new URLSearchParams();
  const setOptional = (name: string, value: string | null) => {
    if (value === null) params.delete(name);
    else params.set(name, value);
  };
  setOptional(NEWS_PARAMS.query, filters.query === "" ? null : filters.query);
  setListParam(params, NEWS_PARAMS.companies, filters.companies);
  setListParam(params, NEWS_PARAMS.countries, filters.countries);
  setOptional(
    NEWS_PARAMS.countryOf,
    filters.countryOf === DEFAULT_NEWS_FILTERS.countryOf ? null : filters.countryOf,
  );
  setListParam(params, NEWS_PARAMS.dealKinds, filters.dealKinds);
  setListParam(params, NEWS_PARAMS.sectors, filters.sectors);
  setOptional(NEWS_PARAMS.crossBorder, filters.crossBorder ? "1" : null);
  setOptional(NEWS_PARAMS.from, filters.from?.iso ?? null);
  setOptional(NEWS_PARAMS.to, filters.to?.iso ?? null);
  const sort = toNewsSortParam(filters.sort);
  setOptional(NEWS_PARAMS.sort, sort === toNewsSortParam(DEFAULT_NEWS_SORT) ? null : sort);
  setOptional(
    NEWS_PARAMS.chart,
    filters.chart === DEFAULT_NEWS_FILTERS.chart ? null : filters.chart,
  );
  return params;
}

/** The parameters of a link into the news page that sets `change` and leaves the rest at defaults. */
export function toNewsLinkParams(change: Partial<NewsFilters>): URLSearchParams {
  return toNewsSearchParams({ ...DEFAULT_NEWS_FILTERS, ...change });
}

/** The Corporate news page's state in the URL. */
export const newsFiltersCodec: PageStateCodec<NewsFilters> = {
  names: Object.values(NEWS_PARAMS),
  parse: parseNewsFilters,
  write: toNewsSearchParams,
};

/** True when no filter narrows the list (sort order, chart and country modes do not count). */
export function hasActiveNewsFilters(filters: NewsFilters): boolean {
  return (
    filters.query.trim() !== "" ||
    filters.companies.length > 0 ||
    filters.countries.length > 0 ||
    filters.dealKinds.length > 0 ||
    filters.sectors.length > 0 ||
    filters.crossBorder ||
    filters.from !== null ||
    filters.to !== null
  );
}

/** One click on a value narrows its filter to it; a click on the sole selected value lifts it. */
export function toggleSoleValue<T extends string>(selected: readonly T[], value: T): T[] {
  return selected.length === 1 && selected[0] === value ? [] : [value];
}

/**
 * A click on a country (a company's home, or where an item happens) narrows the country filter
 * to it in that reading; a click on the sole selected value of the reading in use lifts it.
 */
export function toggleSoleCountry(
  filters: Pick<NewsFilters, "countries" | "countryOf">,
  code: string,
  countryOf: NewsCountryMode,
): Pick<NewsFilters, "countries" | "countryOf"> {
  const countries =
    filters.countryOf === countryOf ? toggleSoleValue(filters.countries, code) : [code];
  return { countries, countryOf };
}
