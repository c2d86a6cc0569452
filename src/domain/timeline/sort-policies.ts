import { compareCodeUnits } from "@/core/compare-text";
import type { Policy } from "@/data/model";
import type { ListSort } from "@/domain/timeline/timeline-filters";

function leadName(policy: Policy): string {
  return policy.issuingBodies[0]?.acronym ?? "";
}

/**
 * The policy list in the chosen order: by date (the first day a date covers), or by lead
 * issuer (then newest first). Ties fall back to the id, so the order never changes between
 * renders.
 */
export function sortPolicies(policies: readonly Policy[], sort: ListSort): Policy[] {
  const byDate = (a: Policy, b: Policy) => a.date.ordinal - b.date.ordinal;
  const byId = (a: Policy, b: Policy) => compareCodeUnits(a.id, b.id);
  const byLead = (a: Policy, b: Policy) => compareCodeUnits(leadName(a), leadName(b));
  const compare: Record<ListSort, (a: Policy, b: Policy) => number> = {
    "date-asc": (a, b) => byDate(a, b) || byId(a, b),
    "date-desc": (a, b) => byDate(b, a) || byId(a, b),
    "issuer-asc": (a, b) => byLead(a, b) || byDate(b, a) || byId(a, b),
    "issuer-desc": (a, b) => byLead(b, a) || byDate(b, a) || byId(a, b),
  };
  return [...policies].sort(compare[sort]);
}
