import type { ItemKind } from "@/core/item-kinds";
import type { Brief, CorporateNews, Policy, Target } from "@/data/model";
import { countText } from "@/lib/count-text";

/** A brief arranged for reading, as it was written. */
export interface BriefOutline {
  /** Top 5 items by rank. */
  top5: Policy[];
  /** Policy news, corporate news and listed documents in the brief's own order. */
  policyNews: Policy[];
  corporateNews: CorporateNews[];
  documents: Policy[];
  /** Targets by the id of the policy that sets them, in the brief's order. */
  targetsByPolicy: ReadonlyMap<string, readonly Target[]>;
}

/** Arranges a brief's items for the reading view. */
export function toBriefOutline(brief: Brief): BriefOutline {
  const targetsByPolicy = new Map<string, Target[]>();
  for (const target of brief.targets) {
    const list = targetsByPolicy.get(target.policyId) ?? [];
    list.push(target);
    targetsByPolicy.set(target.policyId, list);
  }
  return {
    top5: brief.policies
      .filter((policy) => policy.kind === "top5")
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)),
    policyNews: brief.policies.filter((policy) => policy.kind === "news"),
    corporateNews: brief.corporateNews,
    documents: brief.policies.filter((policy) => policy.kind === "document"),
    targetsByPolicy,
  };
}

export interface BriefCounts extends Record<ItemKind, number> {
  corporateNews: number;
  targets: number;
  /** Targets that set at least one figure. */
  targetsWithNumbers: number;
  /** Distinct companies the corporate news names. */
  companies: number;
}

/** How many items of each kind a brief holds, for the list of briefs and the overview. */
export function countBriefItems(brief: Brief): BriefCounts {
  const counts: BriefCounts = {
    top5: 0,
    news: 0,
    document: 0,
    corporateNews: brief.corporateNews.length,
    targets: brief.targets.length,
    targetsWithNumbers: brief.targets.filter((target) => target.quantities.length > 0).length,
    companies: new Set(brief.corporateNews.flatMap((n) => n.companies.map((c) => c.id))).size,
  };
  for (const policy of brief.policies) counts[policy.kind] += 1;
  return counts;
}

/**
 * What a brief holds, in words, leaving out kinds it has none of:
 * "5 Top 5 items, 8 policy news items, 20 targets and 6 corporate news items naming 12 companies".
 */
export function describeBriefContents(counts: BriefCounts): string {
  const parts = [
    counts.top5 > 0 ? countText(counts.top5, "Top 5 item") : null,
    counts.news > 0 ? countText(counts.news, "policy news item") : null,
    counts.document > 0 ? countText(counts.document, "policy document") : null,
    counts.targets > 0 ? countText(counts.targets, "target") : null,
    counts.corporateNews > 0
      ? `${countText(counts.corporateNews, "corporate news item")}${
          counts.companies > 0
            ? ` naming ${countText(counts.companies, "company", "companies")}`
            : ""
        }`
      : null,
  ].filter((part) => part !== null);
  if (parts.length === 0) return "no items";
  const last = parts.pop();
  return parts.length === 0 ? String(last) : `${parts.join(", ")} and ${last}`;
}

/** A Top 5 item's targets placed under the bullets they were read from. */
export interface BulletTargets {
  /** Targets of each bullet, by bullet position (a bullet may set several). */
  byBullet: (readonly Target[])[];
  /** Targets stated elsewhere in the item's text. */
  elsewhere: Target[];
}

/** Places targets under the bullet whose text they quote; the rest are listed apart. */
export function placeTargetsInBullets(
  bullets: readonly string[],
  targets: readonly Target[],
): BulletTargets {
  const byBullet = bullets.map((): Target[] => []);
  const elsewhere: Target[] = [];
  for (const target of targets) {
    const at = bullets.indexOf(target.text);
    const slot = byBullet[at];
    if (slot) slot.push(target);
    else elsewhere.push(target);
  }
  return { byBullet, elsewhere };
}
