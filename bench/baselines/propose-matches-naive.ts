import type { DocumentMention } from "../../src/domain/documents/group-documents";
import {
  familyTitle,
  normaliseDocumentNumber,
  stageStatedInTitle,
} from "../../src/domain/documents/document-keys";
import type { MatchProposal } from "../../src/domain/documents/propose-matches";
import { editDistanceWithin } from "../../src/domain/search/edit-distance";

/**
 * The baseline `proposeDocumentMatches` is measured against: each new mention compared with
 * every earlier one in turn, its keys normalised again for each pair, as a first version would.
 * Same proposals (the same reasons in the same order of strength).
 */
export function proposeDocumentMatchesNaive(
  incoming: readonly DocumentMention[],
  earlier: readonly DocumentMention[],
): MatchProposal[] {
  return incoming.flatMap((mention): MatchProposal[] => {
    const number = mention.number ? normaliseDocumentNumber(mention.number) : null;
    const sameNumber = earlier.find(
      (other) =>
        number !== null && other.number && normaliseDocumentNumber(other.number) === number,
    );
    if (sameNumber) return [{ id: mention.id, matchId: sameNumber.id, reason: "same-number" }];
    if (!mention.titleZh) return [];
    const title = familyTitle(mention.titleZh);
    const stage = mention.stage ?? stageStatedInTitle(mention.titleZh);
    const family = earlier.filter(
      (other) => other.titleZh !== null && familyTitle(other.titleZh) === title,
    );
    const sameStage = family.find(
      (other) => (other.stage ?? stageStatedInTitle(other.titleZh ?? "")) === stage,
    );
    if (sameStage) return [{ id: mention.id, matchId: sameStage.id, reason: "same-title" }];
    if (family[0]) return [{ id: mention.id, matchId: family[0].id, reason: "same-family" }];
    if (title.length < 8) return [];
    const similar = earlier.find((other) => {
      if (!other.titleZh) return false;
      const otherTitle = familyTitle(other.titleZh);
      return otherTitle !== title && editDistanceWithin(title, otherTitle, 2) !== null;
    });
    return similar ? [{ id: mention.id, matchId: similar.id, reason: "similar-title" }] : [];
  });
}
