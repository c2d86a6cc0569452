/**
 * The news page's facets as options for the shared multi-select, with the counts of a query.
 * The option texts are built once per index; each query only adds its counts.
 */
import { DEAL_KINDS } from "@/core/deal-kinds";
import type { FacetOption } from "@/domain/facets/match-facet-options";
import { DEAL_KIND_LABELS } from "@/core/deal-kinds";
import type { NewsIndex } from "@/domain/news/news-index";
import type { NewsFacetCounts } from "@/domain/news/query-news";

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
      occurs: has.country[at] ?? false,
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

const textCache = new WeakMap<NewsIndex, Record<keyof NewsFacetOptions, OptionText[]>>();

function withCounts(texts: readonly OptionText[], counts: Uint32Array): FacetOption[] {
  return texts.map((text, at) => ({ ...text, count: counts[at] ?? 0 }));
}

/**
 * Every company, country, deal kind and sector as a facet option with its count, marked by
 * whether any news item has it.
 */
export function toNewsFacetOptions(index: NewsIndex, counts: NewsFacetCounts): NewsFacetOptions {
  const texts = textCache.get(index) ?? buildOptionTexts(index);
  textCache.set(index, texts);
  return {
    companies: withCounts(texts.companies, counts.company),
    countries: withCounts(texts.countries, counts.country),
    dealKinds: withCounts(texts.dealKinds, counts.dealKind),
    sectors: withCounts(texts.sectors, counts.sector),
  };
}
