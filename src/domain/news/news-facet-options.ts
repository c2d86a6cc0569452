/**
 * The news page's facets as options for the shared multi-select, with the counts of a query.
 * The option texts are built once per index; each query only adds its counts.
 */
import { memoByIdentity } from "@/core/memo-by-identity";
import { DEAL_KINDS } from "@/core/deal-kinds";
import type { FacetOption } from "@/domain/facets/match-facet-options";
import { DEAL_KIND_LABELS } from "@/core/deal-kinds";
import type { NewsIndex } from "@/domain/news/news-index";
import type { NewsFacetCounts } from "@/domain/news/query-news";
import type { NewsCountryMode } from "@/domain/news/news-filters";
import { formatCount } from "@/lib/count-text";

type OptionText = Omit<FacetOption, "count">;

export interface NewsFacetOptions {
  companies: FacetOption[];
  countries: FacetOption[];
  dealKinds: FacetOption[];
  sectors: FacetOption[];
}

/** Whether each numbered value occurs in any item. */
function occurrences(size: number, values: ArrayLike<number>): boolean[] {
  const occurs = Array.from({ length: size }, () => false);
  for (let at = 0; at < values.length; at++) occurs[values[at] ?? 0] = true;
  return occurs;
}

function buildOptionTexts(index: NewsIndex): Record<keyof NewsFacetOptions, OptionText[]> {
  const has = {
    company: occurrences(index.companies.length, index.itemCompanies.values),
    country: occurrences(index.countries.length, index.itemCountries.values),
    place: occurrences(index.countries.length, index.itemPlaces.values),
    sector: occurrences(index.sectors.length, index.itemSectors.values),
    dealKind: occurrences(DEAL_KINDS.length, index.itemDealKind),
  };
  return {
    companies: index.companies.map((company, at) => ({
      occurs: has.company[at] ?? false,
      value: company.id,
      label: company.name,
      description: `${company.country.nameEn} (${company.country.code})`,
      keywords: [company.name, company.nameZh ?? "", ...company.aliases].filter(Boolean),
    })),
    countries: index.countries.map((country, at) => ({
      occurs: (has.country[at] ?? false) || (has.place[at] ?? false),
      value: country.code,
      label: `${country.nameEn} (${country.code})`,
      keywords: [country.code, country.nameEn, country.nameZh, ...country.demonyms],
    })),
    dealKinds: DEAL_KINDS.map((kind, at) => ({
      occurs: has.dealKind[at] ?? false,
      value: kind,
      label: DEAL_KIND_LABELS[kind],
      keywords: [kind],
    })),
    sectors: index.sectors.map((sector, at) => ({
      occurs: has.sector[at] ?? false,
      value: sector.id,
      label: sector.nameEn,
      keywords: [sector.nameEn, sector.nameZh],
    })),
  };
}

const optionTextsOf = memoByIdentity(buildOptionTexts);

function withCounts(texts: readonly OptionText[], counts: Uint32Array): FacetOption[] {
  return texts.map((text, at) => ({ ...text, count: counts[at] ?? 0 }));
}

/** A country's counts in both readings, whichever the filter uses: "Company from 5 · happening in 3". */
function withBothCountryCounts(
  texts: readonly OptionText[],
  counts: NewsFacetCounts,
  countryOf: NewsCountryMode,
): FacetOption[] {
  return texts.map((text, at) => {
    const from = counts.country[at] ?? 0;
    const place = counts.place[at] ?? 0;
    return {
      ...text,
      description: `Company from ${formatCount(from)} · happening in ${formatCount(place)}`,
      count: countryOf === "place" ? place : from,
    };
  });
}

/**
 * Every company, country, deal kind and sector as a facet option with its count, marked by
 * whether any news item has it. A country counts by the reading the filter uses (`countryOf`),
 * and says its count in the other reading too.
 */
export function toNewsFacetOptions(
  index: NewsIndex,
  counts: NewsFacetCounts,
  countryOf: NewsCountryMode,
): NewsFacetOptions {
  const texts = optionTextsOf(index);
  return {
    companies: withCounts(texts.companies, counts.company),
    countries: withBothCountryCounts(texts.countries, counts, countryOf),
    dealKinds: withCounts(texts.dealKinds, counts.dealKind),
    sectors: withCounts(texts.sectors, counts.sector),
  };
}
