/**
 * An index over corporate news, built once per dataset, so a keystroke or a filter change costs
 * one pass over typed arrays instead of string work on every item (see `queryNews`). The text
 * part, the costliest to build, comes separately and on demand (see `textIndexOf`).
 */
import type { Company, CorporateNews, Country, Registries, Sector } from "@/data/model";
import { DEAL_KINDS, type DealKind } from "@/core/deal-kinds";
import type { NewsFilters } from "@/domain/news/news-filters";
import { compareCodeUnits } from "@/core/compare-text";
import type { Rows } from "@/domain/facets/facet-counting";

export interface NewsIndex {
  /** Newest first (then by id): an item's position in this list is its number everywhere. */
  items: readonly CorporateNews[];
  companies: readonly Company[];
  companyNumber: ReadonlyMap<string, number>;
  countries: readonly Country[];
  countryNumber: ReadonlyMap<string, number>;
  sectors: readonly Sector[];
  sectorNumber: ReadonlyMap<string, number>;
  itemCompanies: Rows;
  /** Distinct home countries of each item's companies. */
  itemCountries: Rows;
  /** The country each item happens in: one value, or none where no place is recorded. */
  itemPlaces: Rows;
  itemSectors: Rows;
  /** Index into DEAL_KINDS. */
  itemDealKind: Uint8Array;
  /** 1 when the item names a company from China and one from elsewhere. */
  itemCrossBorder: Uint8Array;
  /** First day each item's date covers, as a day ordinal. */
  itemOrdinal: Float64Array;
  /** Ids of the briefs the items come from, and each item's brief as an index into them. */
  briefIds: readonly string[];
  itemBrief: Uint32Array;
}

const CHINA = "CN";

/** Newest first, then by id and brief: the index's own order (news-order builds the others). */
export function compareNewsByDate(a: CorporateNews, b: CorporateNews): number {
  return (
    b.date.ordinal - a.date.ordinal ||
    compareCodeUnits(a.id, b.id) ||
    compareCodeUnits(a.briefId, b.briefId)
  );
}

/** Every record of the registry first, then any the items bring that the registry lacks. */
function numberRecords<T>(registry: readonly T[], extra: readonly T[], keyOf: (r: T) => string) {
  const number = new Map<string, number>();
  const records: T[] = [];
  for (const record of [...registry, ...extra]) {
    if (number.has(keyOf(record))) continue;
    number.set(keyOf(record), records.length);
    records.push(record);
  }
  return { records, number };
}

function toRows(lists: readonly (readonly number[])[]): Rows {
  const start = new Uint32Array(lists.length + 1);
  lists.forEach((list, at) => (start[at + 1] = (start[at] ?? 0) + list.length));
  return { start, values: Uint32Array.from(lists.flat()) };
}

/** Builds the index; registries number the facets so every registry entry gets a count. */
export function buildNewsIndex(
  news: readonly CorporateNews[],
  registries: Pick<Registries, "companies" | "countries" | "sectors">,
): NewsIndex {
  const items = [...news].sort(compareNewsByDate);
  const involved = items.flatMap((item) => item.companies);
  const companies = numberRecords(registries.companies, involved, (c) => c.id);
  const countries = numberRecords(
    registries.countries,
    [...involved.map((c) => c.country), ...items.flatMap((i) => i.location?.country ?? [])],
    (c) => c.code,
  );
  const sectors = numberRecords(
    registries.sectors,
    items.flatMap((item) => item.sectors),
    (s) => s.id,
  );
  const numbersOf = <T>(
    list: readonly T[],
    number: ReadonlyMap<string, number>,
    key: (r: T) => string,
  ) => [...new Set(list.map((r) => number.get(key(r)) ?? 0))];
  const dealKindNumber = new Map<DealKind, number>(DEAL_KINDS.map((kind, at) => [kind, at]));
  const briefIds = [...new Set(items.map((item) => item.briefId))];
  const briefNumber = new Map(briefIds.map((id, at) => [id, at]));
  return {
    items,
    companies: companies.records,
    companyNumber: companies.number,
    countries: countries.records,
    countryNumber: countries.number,
    sectors: sectors.records,
    sectorNumber: sectors.number,
    itemCompanies: toRows(items.map((i) => numbersOf(i.companies, companies.number, (c) => c.id))),
    itemCountries: toRows(
      items.map((i) => numbersOf(i.companies, countries.number, (c) => c.country.code)),
    ),
    itemPlaces: toRows(
      items.map((i) => (i.location ? [countries.number.get(i.location.country.code) ?? 0] : [])),
    ),
    itemSectors: toRows(items.map((i) => numbersOf(i.sectors, sectors.number, (s) => s.id))),
    itemDealKind: Uint8Array.from(items, (i) => dealKindNumber.get(i.dealKind) ?? 0),
    itemCrossBorder: Uint8Array.from(items, (i) => (isCrossBorder(i) ? 1 : 0)),
    itemOrdinal: Float64Array.from(items, (i) => i.date.ordinal),
    briefIds,
    itemBrief: Uint32Array.from(items, (i) => briefNumber.get(i.briefId) ?? 0),
  };
}

/** A Chinese company and a foreign one together. */
export function isCrossBorder(item: Pick<CorporateNews, "companies">): boolean {
  const codes = item.companies.map((c) => c.country.code);
  return codes.includes(CHINA) && codes.some((code) => code !== CHINA);
}

/**
 * The filters without ids this index does not know (a stale or hand-edited URL), so a filter
 * that cannot match never silently empties the list. The same object when nothing is dropped.
 */
export function withKnownFilterValues(filters: NewsFilters, index: NewsIndex): NewsFilters {
  const companies = filters.companies.filter((id) => index.companyNumber.has(id));
  const countries = filters.countries.filter((code) => index.countryNumber.has(code));
  const sectors = filters.sectors.filter((id) => index.sectorNumber.has(id));
  const isSame =
    companies.length === filters.companies.length &&
    countries.length === filters.countries.length &&
    sectors.length === filters.sectors.length;
  return isSame ? filters : { ...filters, companies, countries, sectors };
}
