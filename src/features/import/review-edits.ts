/**
 * What the analyst sets on the review screen, and how it becomes data: every value is an
 * annotation entry in the shape of data/annotations/ (Top 5 by rank, news by the start of its
 * text, new companies' countries, new issuing bodies' names and kind); dropped items leave the
 * brief with their targets.
 */
import type { DealKind } from "@/core/deal-kinds";
import type { IssuingBodyKind } from "@/data/schema";
import { emptyAnnotations, type Annotations } from "@/ingest/annotations";
import type { BriefInput } from "@/ingest/parse-brief";

export const ANNOTATION_NOTE = "Set by the analyst when importing the brief.";

export interface IssuerDetails {
  acronym: string;
  nameEn: string;
  nameZh: string;
  kind: IssuingBodyKind;
}

export interface ReviewEdits {
  /** Sectors by item id (as first read). */
  sectors: Record<string, string[]>;
  dealKinds: Record<string, DealKind>;
  /** Countries of companies new to the registry, by name as printed. */
  companyCountries: Record<string, string>;
  /** New issuing bodies, by name as printed. */
  issuers: Record<string, IssuerDetails>;
  dropped: string[];
}

export const NO_EDITS: ReviewEdits = {
  sectors: {},
  dealKinds: {},
  companyCountries: {},
  issuers: {},
  dropped: [],
};

/** News annotations match an item by the start of its text; this much is enough and readable. */
const MATCH_LENGTH = 80;

/** The annotations file for these edits, against the brief as first read (its ids and ranks). */
export function toAnnotations(brief: BriefInput, edits: ReviewEdits): Annotations {
  const annotations = emptyAnnotations(brief.id);
  const sectorsOf = (id: string) => {
    const sectors = edits.sectors[id];
    return sectors && sectors.length > 0 ? { sectors } : {};
  };
  for (const item of brief.top5) {
    if (edits.sectors[item.id]?.length) {
      annotations.top5.push({ rank: item.rank, ...sectorsOf(item.id), note: ANNOTATION_NOTE });
    }
  }
  for (const item of brief.policyNews ?? []) {
    if (edits.sectors[item.id]?.length) {
      annotations.policyNews.push({
        match: item.text.slice(0, MATCH_LENGTH),
        ...sectorsOf(item.id),
        note: ANNOTATION_NOTE,
      });
    }
  }
  for (const item of brief.corporateNews ?? []) {
    const dealKind = edits.dealKinds[item.id];
    if (dealKind || edits.sectors[item.id]?.length) {
      annotations.corporateNews.push({
        match: item.text.slice(0, MATCH_LENGTH),
        ...(dealKind ? { dealKind } : {}),
        ...sectorsOf(item.id),
        note: ANNOTATION_NOTE,
      });
    }
  }
  for (const [name, country] of Object.entries(edits.companyCountries)) {
    annotations.companies.push({ name, country, note: ANNOTATION_NOTE });
  }
  for (const [name, details] of Object.entries(edits.issuers)) {
    annotations.issuingBodies.push({ name, ...details, note: ANNOTATION_NOTE });
  }
  return annotations;
}

/** The brief without the dropped items and the targets they set. */
export function withoutDropped(brief: BriefInput, dropped: readonly string[]): BriefInput {
  if (dropped.length === 0) return brief;
  const kept = <T extends { id: string }>(items: T[] | undefined) =>
    (items ?? []).filter((item) => !dropped.includes(item.id));
  return {
    ...brief,
    top5: kept(brief.top5),
    policyNews: kept(brief.policyNews),
    corporateNews: kept(brief.corporateNews),
    targets: (brief.targets ?? []).filter((target) => !dropped.includes(target.policy)),
  };
}

/**
 * A second copy of a brief that is already in the dashboard: every id gets the same suffix, so
 * both copies load (ids are unique across the dataset).
 */
export function withIdSuffix(brief: BriefInput, suffix: string): BriefInput {
  const renamed = <T extends { id: string }>(items: T[] | undefined) =>
    (items ?? []).map((item) => ({ ...item, id: `${item.id}-${suffix}` }));
  return {
    ...brief,
    id: `${brief.id}-${suffix}`,
    top5: renamed(brief.top5),
    policyNews: renamed(brief.policyNews),
    corporateNews: renamed(brief.corporateNews),
    targets: renamed(brief.targets).map((target) => ({
      ...target,
      policy: `${target.policy}-${suffix}`,
    })),
    documents: renamed(brief.documents),
  };
}
