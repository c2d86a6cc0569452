/**
 * What the analyst sets on the review screen, and how it becomes data: every value is an
 * annotation entry in the shape of data/annotations/ (Top 5 by rank, news by the start of its
 * text, unknown names as a registry entry or a new one's names, kind and country); dropped items leave the
 * brief with their targets.
 */
import type { DealKind } from "@/core/deal-kinds";
import type { IssuingBodyKind } from "@/core/body-kinds";
import { emptyAnnotations, type Annotations } from "@/ingest/annotations";
import type { BriefInput } from "@/ingest/parse-brief";

export const ANNOTATION_NOTE = "Set by the analyst when importing the brief.";

/**
 * What the analyst says an unknown issuing body is: one in the registry (`resolvesTo`), or a new
 * one with the fields they set (fields left alone keep what the text tells).
 */
export interface IssuerEdit {
  resolvesTo?: string;
  acronym?: string;
  nameEn?: string;
  nameZh?: string;
  kind?: IssuingBodyKind;
}

/** The same for an unknown company: one in the registry, or a new one's names and country. */
export interface CompanyEdit {
  resolvesTo?: string;
  nameEn?: string;
  nameZh?: string;
  country?: string;
}

export interface ReviewEdits {
  /** Sectors by item id (as first read). */
  sectors: Record<string, string[]>;
  dealKinds: Record<string, DealKind>;
  /** Unknown issuing bodies, by name as printed. */
  issuers: Record<string, IssuerEdit>;
  /** Unknown companies, by name as printed. */
  companies: Record<string, CompanyEdit>;
  dropped: string[];
}

export const NO_EDITS: ReviewEdits = {
  sectors: {},
  dealKinds: {},
  issuers: {},
  companies: {},
  dropped: [],
};

/** A text field the analyst filled in, trimmed; blank says nothing. */
function filled<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  const trimmed = value?.trim();
  return trimmed ? ({ [key]: trimmed } as Record<K, string>) : {};
}

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
  for (const [name, edit] of Object.entries(edits.issuers)) {
    const set = edit.resolvesTo
      ? { resolvesTo: edit.resolvesTo }
      : {
          ...filled("acronym", edit.acronym),
          ...filled("nameEn", edit.nameEn),
          ...filled("nameZh", edit.nameZh),
          ...(edit.kind ? { kind: edit.kind } : {}),
        };
    if (Object.keys(set).length > 0) {
      annotations.issuingBodies.push({ name, ...set, note: ANNOTATION_NOTE });
    }
  }
  for (const [name, edit] of Object.entries(edits.companies)) {
    const set = edit.resolvesTo
      ? { resolvesTo: edit.resolvesTo }
      : {
          ...filled("nameEn", edit.nameEn),
          ...filled("nameZh", edit.nameZh),
          ...filled("country", edit.country),
        };
    if (Object.keys(set).length > 0) {
      annotations.companies.push({ name, ...set, note: ANNOTATION_NOTE });
    }
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
