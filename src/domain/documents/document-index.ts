/**
 * The documents of a whole dataset: every policy item is a mention, grouped into documents and
 * families by `groupDocuments`. Read it through `selectDocumentIndex` (derived-data layer).
 */
import { compareDates } from "@/core/calendar-date";
import { compareCodeUnits } from "@/core/compare-text";
import type { Policy } from "@/data/model";
import { groupDocuments, type DocumentMention, type GroupedDocument } from "./group-documents";

export interface DocumentIndex {
  /** The document a policy item reports (every item has one, if only itself). */
  documentOf(policyId: string): GroupedDocument | undefined;
  /** The items reporting a document, oldest first. */
  mentionsOf(document: GroupedDocument): Policy[];
  /** The documents of a document's family (itself included), oldest first. */
  familyOf(document: GroupedDocument): GroupedDocument[];
}

/** What grouping reads from a policy item: its document's title, number, stage and links. */
export function toDocumentMention(policy: Policy): DocumentMention {
  return {
    id: policy.id,
    titleZh: policy.title.zh,
    number: policy.title.number,
    stage: policy.title.stage,
    sameAs: policy.sameAs,
    familyOf: policy.familyOf,
  };
}

/** Oldest first, so a document's id is the id of its first mention. */
function chronological(policies: readonly Policy[]): Policy[] {
  return [...policies].sort((a, b) => compareDates(a.date, b.date) || compareCodeUnits(a.id, b.id));
}

export function buildDocumentIndex(policies: readonly Policy[]): DocumentIndex {
  const ordered = chronological(policies);
  const byId = new Map(ordered.map((policy) => [policy.id, policy]));
  const groups = groupDocuments(ordered.map(toDocumentMention));
  return {
    documentOf: (policyId) => groups.documentOf.get(policyId),
    mentionsOf: (document) => document.mentionIds.flatMap((id) => byId.get(id) ?? []),
    familyOf: (document) => groups.families.get(document.familyId) ?? [document],
  };
}
