/**
 * Deterministic builders of news records for tests (never imported by the app): each fills in
 * plain defaults, so a test states only what it is about.
 */
import type { Company, CorporateNews, Country } from "@/data/model";
import { parseCalendarDate, type CalendarDate } from "@/core/calendar-date";

export function day(iso: string): CalendarDate {
  const date = parseCalendarDate(iso);
  if (!date) throw new Error(`not a date: ${iso}`);
  return date;
}

export function buildCountry(code: string, nameEn: string, nameZh = "国家"): Country {
  return { code, nameEn, nameZh, demonyms: [] };
}

export const CHINA_COUNTRY = buildCountry("CN", "China", "中国");
export const GERMANY = buildCountry("DE", "Germany", "德国");
export const FRANCE = buildCountry("FR", "France", "法国");

export function buildCompany(overrides: Partial<Company> & Pick<Company, "id">): Company {
  return {
    name: overrides.id,
    nameZh: null,
    aliases: [],
    country: CHINA_COUNTRY,
    parentId: null,
    annotated: [],
    ...overrides,
  };
}

export function buildNews(
  overrides: Partial<CorporateNews> & Pick<CorporateNews, "id">,
): CorporateNews {
  return {
    briefId: "brief",
    date: day("2023-04-01"),
    text: `News ${overrides.id}`,
    companies: [],
    location: null,
    dealKind: "other",
    sectors: [],
    sources: [],
    annotated: [],
    added: null,
    ...overrides,
  };
}
