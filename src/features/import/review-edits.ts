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
import { briefIdOf } from "@/ingest/parse-header";

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

/** The dates a text without its header line does not give. */
export type HeaderEdit = NonNullable<Annotations["header"]>;

/** The document parts a Top 5 item copied without its Article/Issuing bodies/Date lines lacks. */
export interface DocumentEdit {
  titleEn: string;
  titleZh: string;
  issuers: string;
  date: string | null;
}

export interface ReviewEdits {
  header: HeaderEdit | null;
  /** Document parts by Top 5 rank. */
  documents: Record<number, DocumentEdit>;
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
  header: null,
  documents: {},
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

/** What the analyst gave for an item's document, without blank fields. */
function givenDocument(edit: DocumentEdit | undefined) {
  if (!edit) return {};
  const document = {
    ...filled("titleEn", edit.titleEn),
    ...filled("titleZh", edit.titleZh),
    ...filled("issuers", edit.issuers),
    ...(edit.date ? { date: edit.date } : {}),
  };
  return Object.keys(document).length > 0 ? { document } : {};
}

/**
 * The annotations file for these edits, against the brief as read before them (its ids and
 * ranks key the edits); null before any brief could be read (a text without its dates).
 */
export function toAnnotations(brief: BriefInput | null, edits: ReviewEdits): Annotations {
  const id = edits.header ? briefIdOf(edits.header.publishedOn) : (brief?.id ?? "");
  const annotations = emptyAnnotations(id);
  if (edits.header) annotations.header = { ...edits.header, note: ANNOTATION_NOTE };
  const sectorsOf = (itemId: string) => {
    const sectors = edits.sectors[itemId];
    return sectors && sectors.length > 0 ? { sectors } : {};
  };
  const ranks = new Set([
    ...Object.keys(edits.documents).map(Number),
    ...(brief?.top5 ?? []).filter((item) => edits.sectors[item.id]?.length).map((i) => i.rank),
  ]);
  for (const rank of [...ranks].sort((a, b) => a - b)) {
    const item = brief?.top5.find((top) => top.rank === rank);
    annotations.top5.push({
      rank,
      ...(item ? sectorsOf(item.id) : {}),
      ...givenDocument(edits.documents[rank]),
      note: ANNOTATION_NOTE,
    });
  }
  for (const item of brief?.policyNews ?? []) {
    if (edits.sectors[item.id]?.length) {
      annotations.policyNews.push({
        match: item.text.slice(0, MATCH_LENGTH),
        ...sectorsOf(item.id),
        note: ANNOTATION_NOTE,
      });
    }
  }
  for (const item of brief?.corporateNews ?? []) {
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

/** The first reading with the Top 5 items completed since: their ranks key the edits too. */
export function withCompletedItems(first: BriefInput, current: BriefInput): BriefInput {
  const ranks = new Set(first.top5.map((item) => item.rank));
  return { ...first, top5: [...first.top5, ...current.top5.filter((i) => !ranks.has(i.rank))] };
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

/** A copy's suffix, "-copy" or "-copy-2", which the next copy replaces rather than extends. */
const COPY_SUFFIX = /-copy(?:-\d+)?$/;

/**
 * A second copy of a brief that is already in the dashboard: every id gets the same suffix
 * (in place of a copy suffix it has), so both copies load (ids are unique across the dataset).
 */
export function withIdSuffix(brief: BriefInput, suffix: string): BriefInput {
  const rename = (id: string) => `${id.replace(COPY_SUFFIX, "")}-${suffix}`;
  const renamed = <T extends { id: string }>(items: T[] | undefined) =>
    (items ?? []).map((item) => ({ ...item, id: rename(item.id) }));
  return {
    ...brief,
    id: rename(brief.id),
    top5: renamed(brief.top5),
    policyNews: renamed(brief.policyNews),
    corporateNews: renamed(brief.corporateNews),
    targets: renamed(brief.targets).map((target) => ({
      ...target,
      policy: rename(target.policy),
    })),
    documents: renamed(brief.documents),
  };
}
