import type { Policy } from "../../src/data/model";
import { lastOrdinal, parseCalendarDate } from "../../src/core/calendar-date";
import {
  policySearchText,
  type FacetCounts,
  type FilterResult,
} from "../../src/domain/timeline/filter-policies";
import type { PolicyFilter } from "../../src/domain/timeline/timeline-filters";

type Facet = "issuers" | "sectors" | "kinds";

function count<K>(counts: Map<K, number>, keys: readonly K[]): void {
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * The baseline `filterPolicies` is measured against: the way a first version would do it, a
 * linear `Array.filter` that lower-cases every policy's text on every call, and one more full
 * pass per facet for its counts. Covers the default issuer matching (any selected body, every
 * co-issuer counted); same answers as `filterPolicies` there.
 */
export function filterPoliciesNaive(
  policies: readonly Policy[],
  filter: PolicyFilter,
): FilterResult {
  if (filter.match !== "any" || filter.leadOnly) {
    throw new Error("the naive baseline covers the default issuer matching only");
  }
  const from = filter.from === null ? null : parseCalendarDate(filter.from);
  const to = filter.to === null ? null : parseCalendarDate(filter.to);
  const terms = filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const matches = (policy: Policy, skip?: Facet) =>
    (skip === "issuers" ||
      filter.issuers.length === 0 ||
      policy.issuingBodies.some((body) => filter.issuers.includes(body.id))) &&
    (skip === "sectors" ||
      filter.sectors.length === 0 ||
      policy.sectors.some((sector) => filter.sectors.includes(sector.id))) &&
    (skip === "kinds" || filter.kind === null || policy.kind === filter.kind) &&
    (from === null || lastOrdinal(policy.date) >= from.ordinal) &&
    (to === null || policy.date.ordinal <= to.ordinal) &&
    terms.every((term) => policySearchText(policy).includes(term));

  const counts: FacetCounts = { issuers: new Map(), sectors: new Map(), kinds: new Map() };
  for (const policy of policies.filter((p) => matches(p, "issuers"))) {
    count(
      counts.issuers,
      policy.issuingBodies.map((body) => body.id),
    );
  }
  for (const policy of policies.filter((p) => matches(p, "sectors"))) {
    count(
      counts.sectors,
      policy.sectors.map((sector) => sector.id),
    );
  }
  for (const policy of policies.filter((p) => matches(p, "kinds"))) {
    count(counts.kinds, [policy.kind]);
  }
  return { policies: policies.filter((p) => matches(p)), counts };
}
