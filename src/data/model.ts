/**
 * What the app sees after the data boundary: validated, normalised records with dates as
 * calendar dates and references resolved to the registries.
 */
import type { CalendarDate } from "@/core/calendar-date";
import type { ItemKind } from "@/core/item-kinds";
import type { DealKind } from "@/core/deal-kinds";
import type { IssuingBodyKind } from "@/core/body-kinds";
import type { Person, TargetDirection, TargetQualifier } from "@/data/schema";
import type { DocumentStage } from "@/domain/documents/document-keys";

export interface IssuingBody {
  id: string;
  acronym: string;
  nameEn: string;
  nameZh: string;
  aliases: string[];
  kind: IssuingBodyKind;
}

export interface Country {
  code: string;
  nameEn: string;
  nameZh: string;
  demonyms: string[];
}

export interface Company {
  id: string;
  name: string;
  nameZh: string | null;
  aliases: string[];
  country: Country;
  parentId: string | null;
  annotated: string[];
}

export interface Sector {
  id: string;
  nameEn: string;
  nameZh: string;
}

/** A source reference; `url` is set only for http(s) addresses, so it is always safe to link. */
export interface SourceLink {
  label: string;
  url: string | null;
}

/** A policy document as reported in a brief: a Top 5 item, a policy news item or a listed document. */
export interface Policy {
  id: string;
  briefId: string;
  kind: ItemKind;
  rank: number | null;
  date: CalendarDate;
  /** Top 5 headline; null for policy news, which has only its text. */
  headline: string | null;
  /** The at-a-glance paragraph of a Top 5 item, or the text of a policy news item. */
  summary: string;
  bullets: string[];
  details: string[];
  comment: string[];
  /** The document reported; the stage only where the brief or an annotation states it. */
  title: {
    en: string | null;
    zh: string | null;
    number: string | null;
    stage: DocumentStage | null;
  };
  /** Annotated links to policy items in any brief: the same document, or its other stages. */
  sameAs: string[];
  familyOf: string[];
  /** Issuing bodies in the order given; the first is the lead issuer. */
  issuingBodies: IssuingBody[];
  sectors: Sector[];
  sources: SourceLink[];
  references: SourceLink[];
  annotated: string[];
  /** Its brief's mark when the analyst added that brief on this device; null for shipped data. */
  added: AddedOnDevice | null;
}

/** One figure of a target, with what it measures; reductions keep a positive value. */
export interface TargetQuantity {
  metric: string | null;
  /** Whether the metric's wording is an annotation rather than the brief's own words. */
  isMetricAnnotated: boolean;
  value: number;
  unit: string | null;
  direction: TargetDirection;
  qualifier: TargetQualifier | null;
  baselineYear: number | null;
}

/** A time limit on someone's duty ("update the algorithm within three months"): not a deadline. */
export interface TimeLimit {
  duty: string | null;
  amount: number;
  unit: "day" | "week" | "month" | "year";
}

/** A target as the brief prints it: one bullet (or news clause), with every figure it sets. */
export interface Target {
  id: string;
  briefId: string;
  policyId: string;
  text: string;
  sector: Sector;
  /** The deadline: the year by which the policy wants the target met. */
  targetYear: number | null;
  targetYearBasis: "explicit" | "horizon" | null;
  quantities: TargetQuantity[];
  timeLimit: TimeLimit | null;
  /** Issuing bodies of the policy, for filtering targets by ministry. */
  issuingBodies: IssuingBody[];
  annotated: string[];
  /** Its brief's mark when the analyst added that brief on this device; null for shipped data. */
  added: AddedOnDevice | null;
}

/** Where a news item happens; `words` are the brief's ("in Shanghai"), null for an annotation. */
export interface NewsLocation {
  country: Country;
  city: string | null;
  words: string | null;
}

export interface CorporateNews {
  id: string;
  briefId: string;
  date: CalendarDate;
  text: string;
  companies: Company[];
  /** Where it happens, which need not be a company's home; null when neither brief nor annotation says. */
  location: NewsLocation | null;
  dealKind: DealKind;
  sectors: Sector[];
  sources: SourceLink[];
  annotated: string[];
  /** Its brief's mark when the analyst added that brief on this device; null for shipped data. */
  added: AddedOnDevice | null;
}

export interface Brief {
  id: string;
  /** The file it was loaded from, relative to the data folder, for messages and citations. */
  file: string;
  series: string;
  publishedOn: CalendarDate;
  reportingPeriod: { start: CalendarDate; end: CalendarDate };
  authors: Person[];
  editors: Person[];
  policies: Policy[];
  corporateNews: CorporateNews[];
  targets: Target[];
  /** Set for a brief the analyst added in this browser (the import page), null for shipped data. */
  added: AddedOnDevice | null;
}

export interface AddedOnDevice {
  /** ISO date-time it was added. */
  at: string;
  /** The file it was read from, or "pasted text". */
  source: string;
}

export interface Registries {
  issuingBodies: IssuingBody[];
  companies: Company[];
  countries: Country[];
  sectors: Sector[];
}

/** A problem found in a data file: which file, where in it, and what is wrong, in plain words. */
export interface DataProblem {
  file: string;
  /** JSON path such as corporateNews[3].date; empty when the whole file is concerned. */
  path: string;
  message: string;
  severity: "error" | "warning";
}

/** Everything the app shows: all valid briefs, newest first, plus the problems found loading. */
export interface Dataset {
  synthetic: boolean;
  briefs: Brief[];
  policies: Policy[];
  targets: Target[];
  corporateNews: CorporateNews[];
  registries: Registries;
  problems: DataProblem[];
}

/** A dataset from its briefs: the lists of all policies, targets and news follow the briefs' order. */
export function datasetOf(
  fields: Omit<Dataset, "policies" | "targets" | "corporateNews">,
): Dataset {
  const { briefs } = fields;
  return {
    ...fields,
    policies: briefs.flatMap((b) => b.policies),
    targets: briefs.flatMap((b) => b.targets),
    corporateNews: briefs.flatMap((b) => b.corporateNews),
  };
}
