/**
 * One mark per document: a document reported in several briefs is drawn once per lane, at its
 * earliest mention in view, and says how often it was mentioned and which stage of its family
 * it is. The stages of a family are linked on the chart through `familyMentionIds`.
 */
import type { Brief, Policy } from "@/data/model";
import type { DocumentIndex } from "@/domain/documents/document-index";
import { STAGE_LABELS, type DocumentStage } from "@/domain/documents/document-keys";

/**
 * The policies to draw, one per document: the first mention of each document among `policies`
 * (which come oldest first), so filtering never hides a document another mention still matches.
 */
export function selectDocumentMarks(
  policies: readonly Policy[],
  documents: DocumentIndex,
): Policy[] {
  const seen = new Set<string>();
  return policies.filter((policy) => {
    const key = documents.documentOf(policy.id)?.id ?? policy.id;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What a mark adds to its name: " Mentioned 3 times. Stage 2 of 3: issued." (or ""). */
export function describeDocumentMark(policyId: string, documents: DocumentIndex): string {
  const document = documents.documentOf(policyId);
  if (!document) return "";
  const mentions = documents.mentionsOf(document).length;
  const family = documents.familyOf(document);
  const parts: string[] = [];
  if (mentions > 1) parts.push(` Mentioned ${mentions} times.`);
  if (family.length > 1) {
    const stage = document.stage ? `: ${STAGE_LABELS[document.stage].toLowerCase()}` : "";
    parts.push(` Stage ${family.indexOf(document) + 1} of ${family.length}${stage}.`);
  }
  return parts.join("");
}

/** Every mention of every stage in a policy's family; empty when the document has no family. */
export function familyMentionIds(policyId: string, documents: DocumentIndex): string[] {
  const document = documents.documentOf(policyId);
  if (!document) return [];
  const family = documents.familyOf(document);
  if (family.length < 2) return [];
  return family.flatMap((stage) => documents.mentionsOf(stage).map((mention) => mention.id));
}

/** Where a policy's document stands: every brief item reporting it, and its family's stages. */
export interface DocumentPlace {
  /** Oldest first, each with its brief (null if the brief is not loaded). */
  mentions: { policy: Policy; brief: Brief | null }[];
  /** The family's documents in order, each by its first mention; empty without a family. */
  stages: { policy: Policy; stage: DocumentStage | null; isCurrent: boolean }[];
}

/** The mentions and stages of `policy`'s document; nothing for no policy. */
export function selectDocumentPlace(
  policy: Policy | null,
  documents: DocumentIndex,
  briefs: readonly Brief[],
): DocumentPlace {
  const document = policy ? documents.documentOf(policy.id) : undefined;
  if (!document) return { mentions: [], stages: [] };
  const family = documents.familyOf(document);
  return {
    mentions: documents.mentionsOf(document).map((mention) => ({
      policy: mention,
      brief: briefs.find((brief) => brief.id === mention.briefId) ?? null,
    })),
    stages:
      family.length < 2
        ? []
        : family.flatMap((stage) => {
            const [first] = documents.mentionsOf(stage);
            return first
              ? [{ policy: first, stage: stage.stage, isCurrent: stage === document }]
              : [];
          }),
  };
}
