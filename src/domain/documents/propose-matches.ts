/**
 * What an ingest tells its reviewer about a new brief's documents: which earlier documents each
 * one may be. Equal numbers and titles are proposed as the same document, an equal title of the
 * measures concerned as another stage of the same policy, and a title a word or two apart as a
 * possible match. Nothing here merges: the reviewer confirms by writing a link annotation.
 */
import { editDistanceWithin } from "@/domain/search/edit-distance";
import { familyTitle, normaliseDocumentNumber, stageStatedInTitle } from "./document-keys";
import type { DocumentMention } from "./group-documents";

export type MatchReason = "same-number" | "same-title" | "same-family" | "similar-title";

export interface MatchProposal {
  /** The new mention. */
  id: string;
  /** The earlier mention it may be. */
  matchId: string;
  reason: MatchReason;
}

export const MATCH_REASON_LABELS: Record<MatchReason, string> = {
  "same-number": "same document number",
  "same-title": "same Chinese title",
  "same-family": "another stage of the same policy",
  "similar-title": "similar Chinese title",
};

/** Titles shorter than this are too generic to call similar. */
const MIN_SIMILAR_LENGTH = 8;
const MAX_TITLE_EDITS = 2;

interface EarlierIndex {
  byNumber: Map<string, string>;
  byFamily: Map<string, { id: string; stage: string | null }[]>;
  /** Family titles by length, so a similar title is looked for only among close lengths. */
  byLength: Map<number, { title: string; id: string }[]>;
}

function indexEarlier(earlier: readonly DocumentMention[]): EarlierIndex {
  const index: EarlierIndex = { byNumber: new Map(), byFamily: new Map(), byLength: new Map() };
  for (const mention of earlier) {
    const number = mention.number ? normaliseDocumentNumber(mention.number) : null;
    if (number && !index.byNumber.has(number)) index.byNumber.set(number, mention.id);
    if (!mention.titleZh) continue;
    const title = familyTitle(mention.titleZh);
    const stage = mention.stage ?? stageStatedInTitle(mention.titleZh);
    const family = index.byFamily.get(title);
    if (family) {
      if (!family.some((entry) => entry.stage === stage)) family.push({ id: mention.id, stage });
      continue;
    }
    index.byFamily.set(title, [{ id: mention.id, stage }]);
    const sameLength = index.byLength.get(title.length) ?? [];
    sameLength.push({ title, id: mention.id });
    index.byLength.set(title.length, sameLength);
  }
  return index;
}

function similarTitle(title: string, index: EarlierIndex): string | null {
  if (title.length < MIN_SIMILAR_LENGTH) return null;
  for (
    let length = title.length - MAX_TITLE_EDITS;
    length <= title.length + MAX_TITLE_EDITS;
    length += 1
  ) {
    for (const entry of index.byLength.get(length) ?? []) {
      if (entry.title !== title && editDistanceWithin(title, entry.title, MAX_TITLE_EDITS) !== null)
        return entry.id;
    }
  }
  return null;
}

function proposeFor(mention: DocumentMention, index: EarlierIndex): MatchProposal | null {
  const propose = (matchId: string, reason: MatchReason) => ({ id: mention.id, matchId, reason });
  const number = mention.number ? normaliseDocumentNumber(mention.number) : null;
  const byNumber = number ? index.byNumber.get(number) : undefined;
  if (byNumber) return propose(byNumber, "same-number");
  if (!mention.titleZh) return null;
  const title = familyTitle(mention.titleZh);
  const stage = mention.stage ?? stageStatedInTitle(mention.titleZh);
  const family = index.byFamily.get(title);
  const sameStage = family?.find((entry) => entry.stage === stage);
  if (sameStage) return propose(sameStage.id, "same-title");
  if (family?.[0]) return propose(family[0].id, "same-family");
  const similar = similarTitle(title, index);
  return similar ? propose(similar, "similar-title") : null;
}

/** One proposal at most per new mention: the strongest reason found. */
export function proposeDocumentMatches(
  incoming: readonly DocumentMention[],
  earlier: readonly DocumentMention[],
): MatchProposal[] {
  const index = indexEarlier(earlier);
  return incoming.flatMap((mention) => proposeFor(mention, index) ?? []);
}
