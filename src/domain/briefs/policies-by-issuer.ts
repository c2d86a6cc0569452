import { compareCodeUnits } from "@/core/compare-text";
import type { IssuingBody, Policy } from "@/data/model";

/** How many policies one issuing body issued, as lead (first-listed) issuer and as co-issuer. */
export interface IssuerPolicyCount {
  body: IssuingBody;
  lead: number;
  coIssuer: number;
  total: number;
}

/**
 * Policies per issuing body, most first (then most as lead, then by acronym): a co-issued
 * policy counts once for each of its bodies, as lead for the first-listed one.
 */
export function countPoliciesByIssuer(policies: readonly Policy[]): IssuerPolicyCount[] {
  const counts = new Map<string, IssuerPolicyCount>();
  for (const policy of policies) {
    policy.issuingBodies.forEach((body, at) => {
      const count = counts.get(body.id) ?? { body, lead: 0, coIssuer: 0, total: 0 };
      if (at === 0) count.lead += 1;
      else count.coIssuer += 1;
      count.total += 1;
      counts.set(body.id, count);
    });
  }
  return [...counts.values()].sort(
    (a, b) =>
      b.total - a.total || b.lead - a.lead || compareCodeUnits(a.body.acronym, b.body.acronym),
  );
}
