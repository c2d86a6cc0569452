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

function buildOptionTexts(index: NewsIndex): Record<keyof NewsFacetOptions, OptionText[]> {
  return {
    companies: index.companies.map((company) => ({
      value: company.id,
      label: company.name,
      description: `${company.country.nameEn} (${company.country.code})`,
      keywords: [company.name, company.nameZh ?? "", ...company.aliases].filter(Boolean),
    })),
    countries: index.countries.map((country) => ({
      value: country.code,
      label: `${country.nameEn} (${country.code})`,
      keywords: [country.code, country.nameEn, country.nameZh, ...country.demonyms],
    })),
    dealKinds: DEAL_KINDS.map((kind) => ({
      value: kind,
      label: DEAL_KIND_LABELS[kind],
      keywords: [kind],
    })),
    sectors: index.sectors.map((sector) => ({
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

/** Every company, country, deal kind and sector as a facet option with its count. */
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
