/**
 * The documents of a whole dataset: every policy item is a mention, grouped into documents and
 * families by `groupDocuments`. Built once per dataset and kept while the dataset lives.
 */
import { compareDates } from "@/core/calendar-date";
import { compareCodeUnits } from "@/core/compare-text";
import type { Dataset, Policy } from "@/data/model";
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

// Cached by dataset identity: the dataset is immutable once loaded, and a WeakMap lets the index
// go with it. (One derived-data layer for all indexes is being built; this moves there.)
const cache = new WeakMap<Dataset, DocumentIndex>();

/** The dataset's document index, built on first use. */
export function selectDocumentIndex(dataset: Dataset): DocumentIndex {
  let index = cache.get(dataset);
  if (!index) {
    index = buildDocumentIndex(dataset.policies);
    cache.set(dataset, index);
  }
  return index;
}
