import { memoByIdentity } from "@/core/memo-by-identity";
import type {
  Brief,
  Company,
  CorporateNews,
  Dataset,
  IssuingBody,
  NewsLocation,
  Policy,
  Sector,
  Target,
} from "@/data/model";
import { formatCalendarDate, lastOrdinal } from "@/core/calendar-date";
import { entityKey } from "@/domain/search/aliases";

/** What a search finds, in the order the result groups appear. */
export const SEARCH_KINDS = ["issuer", "company", "policy", "target", "news", "brief"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** A searchable record, with what it needs to be shown and linked. */
export type SearchRecord =
  | { kind: "policy"; item: Policy }
  | { kind: "target"; item: Target; policy: Policy | null }
  | { kind: "news"; item: CorporateNews }
  | { kind: "company"; item: Company }
  | { kind: "issuer"; item: IssuingBody }
  | { kind: "brief"; item: Brief };

/**
 * Where a text sits decides its weight: an entity's own name counts most, a document's title
 * next, the parties to it (issuing bodies, companies) next, running text and tags least.
 * Shared fields hold registry names that recur across records; the index analyses each once.
 */
export const FIELD_KINDS = {
  name: { boost: 5, typicalLength: 4, isShared: false },
  title: { boost: 3, typicalLength: 14, isShared: false },
  party: { boost: 2, typicalLength: 10, isShared: true },
  text: { boost: 1, typicalLength: 40, isShared: false },
  tag: { boost: 0.6, typicalLength: 6, isShared: true },
} as const;
export type FieldKind = keyof typeof FIELD_KINDS;

/** Texts of a field, in lists: a record's own texts, or the (shared) names of an entity. */
export type TextList = readonly (string | null)[];

export interface SearchField {
  field: FieldKind;
  texts: readonly TextList[];
  /** Entity keys that this field stands for without naming them (a policy's issuers). */
  keys?: readonly string[];
}

/** A record as the index sees it: weighted texts plus the facets the filters test. */
export interface SearchDocument {
  fields: readonly SearchField[];
  issuerIds: readonly string[];
  sectorIds: readonly string[];
  /** Day ordinals the record's date covers; null for records without a date. */
  dates: { start: number; end: number } | null;
}

const NONE: readonly string[] = [];

/** Every searchable record of the dataset, grouped by kind. */
export function listSearchRecords(dataset: Dataset): SearchRecord[] {
  const policyById = new Map(dataset.policies.map((policy) => [policy.id, policy]));
  return [
    ...dataset.registries.issuingBodies.map((item) => ({ kind: "issuer" as const, item })),
    ...dataset.registries.companies.map((item) => ({ kind: "company" as const, item })),
    ...dataset.policies.map((item) => ({ kind: "policy" as const, item })),
    ...dataset.targets.map((item) => ({
      kind: "target" as const,
      item,
      policy: policyById.get(item.policyId) ?? null,
    })),
    ...dataset.corporateNews.map((item) => ({ kind: "news" as const, item })),
    ...dataset.briefs.map((item) => ({ kind: "brief" as const, item })),
  ];
}

/**
 * Derived lists of an entity computed once per entity: a hundred thousand news items name the
 * same few thousand companies, and rebuilding their name lists made indexing allocate heavily.
 */
const perEntity = memoByIdentity;

const sectorNames = perEntity((sector: Sector): TextList => [sector.nameEn, sector.nameZh]);
const issuerNames = perEntity((body: IssuingBody): TextList => [
  body.acronym,
  body.nameEn,
  body.nameZh,
  ...body.aliases,
]);
const issuerKey = perEntity((body: IssuingBody) => entityKey.issuer(body.id));
const companyNames = perEntity((company: Company): TextList => [
  company.name,
  company.nameZh,
  ...company.aliases,
]);
const companyKey = perEntity((company: Company) => entityKey.company(company.id));
const countryNames = perEntity(({ country }: Company): TextList => [
  country.nameEn,
  country.nameZh,
  ...country.demonyms,
]);
const countryKey = perEntity(({ country }: Company) => entityKey.country(country.code));
/** Where a news item happens, so "Tianjin" or "China" finds what happens there. */
const placeNames = ({ city, country }: NewsLocation): TextList => [
  city,
  country.nameEn,
  country.nameZh,
];
const span = (start: number, end: number) => ({ start, end });

/** The fields and facets of one record. */
export function toSearchDocument(record: SearchRecord): SearchDocument {
  switch (record.kind) {
    case "issuer": {
      const body = record.item;
      return {
        fields: [{ field: "name", texts: [issuerNames(body)], keys: [issuerKey(body)] }],
        issuerIds: [body.id],
        sectorIds: NONE,
        dates: null,
      };
    }
    case "company": {
      const company = record.item;
      return {
        fields: [
          { field: "name", texts: [companyNames(company)], keys: [companyKey(company)] },
          { field: "tag", texts: [countryNames(company)], keys: [countryKey(company)] },
        ],
        issuerIds: NONE,
        sectorIds: NONE,
        dates: null,
      };
    }
    case "policy": {
      const policy = record.item;
      return {
        fields: [
          {
            field: "title",
            texts: [[policy.headline, policy.title.en, policy.title.zh, policy.title.number]],
          },
          {
            field: "party",
            texts: policy.issuingBodies.map(issuerNames),
            keys: policy.issuingBodies.map(issuerKey),
          },
          { field: "text", texts: [[policy.summary], policy.bullets, policy.details] },
          { field: "text", texts: [policy.comment] },
          { field: "tag", texts: policy.sectors.map(sectorNames) },
        ],
        issuerIds: policy.issuingBodies.map((body) => body.id),
        sectorIds: policy.sectors.map((sector) => sector.id),
        dates: span(policy.date.ordinal, lastOrdinal(policy.date)),
      };
    }
    case "target": {
      const { item: target, policy } = record;
      return {
        fields: [
          { field: "text", texts: [[target.text, ...target.quantities.map((q) => q.metric)]] },
          { field: "tag", texts: [sectorNames(target.sector)] },
        ],
        issuerIds: target.issuingBodies.map((body) => body.id),
        sectorIds: [target.sector.id],
        dates: policy ? span(policy.date.ordinal, lastOrdinal(policy.date)) : null,
      };
    }
    case "news": {
      const news = record.item;
      return {
        fields: [
          {
            field: "party",
            texts: news.companies.map(companyNames),
            keys: news.companies.map(companyKey),
          },
          { field: "text", texts: [[news.text]] },
          {
            field: "tag",
            texts: [...news.sectors.map(sectorNames), ...news.companies.map(countryNames)],
            keys: news.companies.map(countryKey),
          },
          ...(news.location ? [{ field: "tag" as const, texts: [placeNames(news.location)] }] : []),
        ],
        issuerIds: NONE,
        sectorIds: news.sectors.map((sector) => sector.id),
        dates: span(news.date.ordinal, lastOrdinal(news.date)),
      };
    }
    case "brief": {
      const brief = record.item;
      const { start, end } = brief.reportingPeriod;
      return {
        fields: [
          { field: "title", texts: [[brief.series, formatCalendarDate(brief.publishedOn)]] },
          {
            field: "text",
            texts: [
              [brief.publishedOn.iso, `${formatCalendarDate(start)} ${formatCalendarDate(end)}`],
              [...brief.authors, ...brief.editors].map((person) => person.name),
            ],
          },
        ],
        issuerIds: [...new Set(brief.policies.flatMap((p) => p.issuingBodies.map((b) => b.id)))],
        sectorIds: [
          ...new Set(
            [...brief.policies, ...brief.corporateNews].flatMap((i) => i.sectors.map((s) => s.id)),
          ),
        ],
        dates: span(brief.publishedOn.ordinal, lastOrdinal(brief.publishedOn)),
      };
    }
  }
}
