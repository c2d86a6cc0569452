/**
 * What a brief adds to the briefs before it: issuing bodies, companies and sectors seen for the
 * first time, documents that are a new stage of a policy reported earlier, and its targets that
 * fall due within 12 months of its publication.
 */
import { compareDates, lastOrdinal, toOrdinal } from "@/core/calendar-date";
import type { DocumentIndex } from "@/domain/documents/document-index";
import type { Brief, Company, IssuingBody, Policy, Sector, Target } from "@/data/model";

export interface FirstSight<T> {
  entity: T;
  /** The first item of the brief that names it. */
  itemId: string;
}

export interface NewInBrief {
  /** How many briefs were published before this one: with none, everything is new. */
  earlierBriefs: number;
  issuingBodies: FirstSight<IssuingBody>[];
  companies: FirstSight<Company>[];
  sectors: FirstSight<Sector>[];
  followUps: { item: Policy; follows: Policy }[];
  targetsDue: Target[];
}

const DAYS_PER_UNIT = { day: 1, week: 7 } as const;

/** The last day a target allows: the end of its year, or its time limit after the policy's date. */
function dueOrdinal(target: Target, policyDate: Policy["date"] | undefined): number | null {
  if (target.targetYear !== null) return toOrdinal(target.targetYear, 12, 31);
  if (!target.timeLimit || !policyDate) return null;
  const { amount, unit } = target.timeLimit;
  if (unit === "day" || unit === "week") return policyDate.ordinal + amount * DAYS_PER_UNIT[unit];
  const months = unit === "year" ? amount * 12 : amount;
  const month = (policyDate.month ?? 1) - 1 + months;
  return toOrdinal(policyDate.year + Math.floor(month / 12), (month % 12) + 1, policyDate.day ?? 1);
}

function firstSights<T extends { id: string }>(
  items: readonly { id: string; entities: readonly T[] }[],
  seen: ReadonlySet<string>,
): FirstSight<T>[] {
  const found = new Map<string, FirstSight<T>>();
  for (const item of items) {
    for (const entity of item.entities) {
      if (!seen.has(entity.id) && !found.has(entity.id))
        found.set(entity.id, { entity, itemId: item.id });
    }
  }
  return [...found.values()];
}

/** `briefs` is every brief of the dataset; only those published before `brief` count as earlier. */
export function selectNewInBrief(
  brief: Brief,
  briefs: readonly Brief[],
  documents: DocumentIndex,
): NewInBrief {
  const earlier = briefs.filter((other) => compareDates(other.publishedOn, brief.publishedOn) < 0);
  const earlierIds = new Set(earlier.map((other) => other.id));
  const seenBodies = new Set<string>();
  const seenCompanies = new Set<string>();
  const seenSectors = new Set<string>();
  for (const other of earlier) {
    for (const policy of other.policies) {
      policy.issuingBodies.forEach((body) => seenBodies.add(body.id));
      policy.sectors.forEach((sector) => seenSectors.add(sector.id));
    }
    for (const item of other.corporateNews) {
      item.companies.forEach((company) => seenCompanies.add(company.id));
      item.sectors.forEach((sector) => seenSectors.add(sector.id));
    }
  }
  const followUps = brief.policies.flatMap((item) => {
    const document = documents.documentOf(item.id);
    if (!document) return [];
    // A new stage: the document itself is new here, and its family was reported before.
    if (documents.mentionsOf(document).some((mention) => earlierIds.has(mention.briefId)))
      return [];
    const follows = documents
      .familyOf(document)
      .flatMap((stage) => documents.mentionsOf(stage))
      .find((mention) => earlierIds.has(mention.briefId));
    return follows ? [{ item, follows }] : [];
  });
  const horizon = lastOrdinal(brief.publishedOn) + 365;
  const policyDates = new Map(brief.policies.map((policy) => [policy.id, policy.date]));
  const targetsDue = brief.targets.filter((target) => {
    const due = dueOrdinal(target, policyDates.get(target.policyId));
    return due !== null && due >= brief.publishedOn.ordinal && due <= horizon;
  });
  return {
    earlierBriefs: earlier.length,
    issuingBodies: firstSights(
      brief.policies.map((p) => ({ id: p.id, entities: p.issuingBodies })),
      seenBodies,
    ),
    companies: firstSights(
      brief.corporateNews.map((n) => ({ id: n.id, entities: n.companies })),
      seenCompanies,
    ),
    sectors: firstSights(
      [
        ...brief.policies.map((p) => ({ id: p.id, entities: p.sectors })),
        ...brief.corporateNews.map((n) => ({ id: n.id, entities: n.sectors })),
      ],
      seenSectors,
    ),
    followUps,
    targetsDue,
  };
}
