/**
 * Deterministic builders for timeline tests: a policy from a few readable overrides, with
 * issuing bodies by id. Used by unit and component tests only.
 */
import type { Brief, IssuingBody, Policy, Sector } from "@/data/model";
import type { IssuingBodyKind } from "@/core/body-kinds";
import { parseCalendarDate, type CalendarDate } from "@/core/calendar-date";

export function buildBody(id: string, kind: IssuingBodyKind = "ministry"): IssuingBody {
  return {
    id,
    acronym: id.toUpperCase(),
    nameEn: `Body ${id.toUpperCase()}`,
    nameZh: `机构${id}`,
    aliases: [],
    kind,
  };
}

export function buildSector(id: string): Sector {
  return { id, nameEn: `Sector ${id}`, nameZh: `行业${id}` };
}

export function buildDate(iso: string): CalendarDate {
  const date = parseCalendarDate(iso);
  if (!date) throw new Error(`test date ${iso} is not a calendar date`);
  return date;
}

interface PolicyOverrides extends Partial<Omit<Policy, "date" | "issuingBodies" | "sectors">> {
  id: string;
  date?: string;
  issuers?: (string | IssuingBody)[];
  sectors?: string[];
}

export function buildPolicy({
  id,
  date = "2023-04-14",
  issuers = ["miit"],
  sectors = [],
  ...overrides
}: PolicyOverrides): Policy {
  return {
    id,
    briefId: "2023-05-03-china-industries",
    kind: "news",
    rank: null,
    date: buildDate(date),
    headline: null,
    summary: `Policy ${id} was issued.`,
    bullets: [],
    details: [],
    comment: [],
    title: { en: null, zh: null, number: null, stage: null },
    sameAs: [],
    familyOf: [],
    issuingBodies: issuers.map((body) => (typeof body === "string" ? buildBody(body) : body)),
    sectors: sectors.map(buildSector),
    sources: [],
    references: [],
    annotated: [],
    added: null,
    ...overrides,
  };
}

/** A brief published on `publishedOn`, covering that day, holding `contents`. */
export function buildBrief(id: string, publishedOn: string, contents: Partial<Brief>): Brief {
  return {
    id,
    file: `briefs/${id}.json`,
    series: "MERICS China Industries",
    publishedOn: buildDate(publishedOn),
    reportingPeriod: { start: buildDate(publishedOn), end: buildDate(publishedOn) },
    authors: [],
    editors: [],
    policies: [],
    corporateNews: [],
    targets: [],
    added: null,
    ...contents,
  };
}
