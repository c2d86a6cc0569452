/**
 * Which documents of a new brief may be documents already in the data: the ingest lists these
 * for the reviewer, who confirms a match by writing a `sameAs` or `familyOf` annotation. Shared by
 * the CLI and the in-app import; nothing here merges.
 */
import type { DocumentMention } from "@/domain/documents/group-documents";
import { MATCH_REASON_LABELS, proposeDocumentMatches } from "@/domain/documents/propose-matches";
import type { BriefInput } from "./parse-brief";

/** The document mentions of a brief file: its Top 5 items, policy news and listed documents. */
export function toBriefMentions(brief: BriefInput): DocumentMention[] {
  return [
    ...brief.top5.map((item) => ({
      id: item.id,
      titleZh: item.document.titleZh,
      number: item.document.number ?? null,
      stage: item.document.stage ?? null,
      sameAs: item.sameAs,
      familyOf: item.familyOf,
    })),
    ...(brief.policyNews ?? []).map((item) => ({
      id: item.id,
      titleZh: item.document?.titleZh ?? null,
      number: item.document?.number ?? null,
      stage: item.document?.stage ?? null,
      sameAs: item.sameAs,
      familyOf: item.familyOf,
    })),
    ...(brief.documents ?? []).map((item) => ({
      id: item.id,
      titleZh: item.titleZh,
      number: item.number ?? null,
    })),
  ];
}

export interface DocumentMatch {
  id: string;
  matchId: string;
  /** The brief the earlier mention is in. */
  matchBrief: string;
  reason: string;
}

/**
 * The new brief's documents that may be earlier ones, with the reason in words. Mentions already
 * linked by an annotation are not proposed again.
 */
export function findDocumentMatches(
  brief: BriefInput,
  earlier: readonly BriefInput[],
): DocumentMatch[] {
  const briefOf = new Map<string, string>();
  const earlierMentions = earlier
    .filter((other) => other.id !== brief.id)
    .flatMap((other) =>
      toBriefMentions(other).map((mention) => {
        briefOf.set(mention.id, other.id);
        return mention;
      }),
    );
  const incoming = toBriefMentions(brief);
  const linked = new Map(
    // Stryker disable next-line ArrayDeclaration: an extra placeholder id in the linked set is never a mention's id (ids are slugs)
    incoming.map((m) => [m.id, new Set([...(m.sameAs ?? []), ...(m.familyOf ?? [])])]),
  );
  return proposeDocumentMatches(incoming, earlierMentions)
    .filter((proposal) => !linked.get(proposal.id)?.has(proposal.matchId))
    .map((proposal) => ({
      ...proposal,
      // Stryker disable next-line StringLiteral: every earlier mention's id was put in briefOf, so the fallback is never used
      matchBrief: briefOf.get(proposal.matchId) ?? "",
      reason: MATCH_REASON_LABELS[proposal.reason],
    }));
}
