import type { Policy, PolicyKind } from "@/data/model";
import { lastOrdinal, parseCalendarDate } from "@/domain/calendar-date";
import type { PolicyFilter } from "@/domain/timeline/timeline-filters";

/** How many policies each facet value would match under the other active filters. */
export interface FacetCounts {
  issuers: Map<string, number>;
  sectors: Map<string, number>;
  kinds: Map<PolicyKind, number>;
}

export interface FilterResult {
  /** The matching policies, in the order given. */
  policies: Policy[];
  counts: FacetCounts;
}

// Lower-cased text of everything a user may search for, built once per policy.
const searchTextCache = new WeakMap<Policy, string>();

function searchText(policy: Policy): string {
  let text = searchTextCache.get(policy);
  if (text === undefined) {
    text = [
      policy.headline ?? "",
      policy.summary,
      policy.title.en ?? "",
      policy.title.zh ?? "",
      policy.title.number ?? "",
      ...policy.bullets,
      ...policy.details,
      ...policy.comment,
      ...policy.issuingBodies.flatMap((body) => [body.acronym, body.nameEn, body.nameZh]),
      ...policy.sectors.flatMap((sector) => [sector.nameEn, sector.nameZh]),
    ]
      .join("\n")
      .toLocaleLowerCase();
    searchTextCache.set(policy, text);
  }
  return text;
}

function dayOrdinal(iso: string | null, fallback: number): number {
  return (iso === null ? null : parseCalendarDate(iso)?.ordinal) ?? fallback;
}

function increment<K>(counts: Map<K, number>, key: K) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * Applies the filter (OR within a facet, AND across facets) and counts, in the same pass, what
 * each issuing body, sector and kind would match if it were chosen, under the other filters.
 * A policy dated by month or year matches a date range that touches any day it covers.
 */
export function filterPolicies(policies: readonly Policy[], filter: PolicyFilter): FilterResult {
  const issuers = new Set(filter.issuers);
  const sectors = new Set(filter.sectors);
  const from = dayOrdinal(filter.from, Number.NEGATIVE_INFINITY);
  const to = dayOrdinal(filter.to, Number.POSITIVE_INFINITY);
  const terms = filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const jointly = filter.match === "all" && !filter.leadOnly;

  const result: Policy[] = [];
  const counts: FacetCounts = { issuers: new Map(), sectors: new Map(), kinds: new Map() };
  for (const policy of policies) {
    const bodies = policy.issuingBodies;
    const lead = bodies[0];
    const hasAllSelected = filter.issuers.every((id) => bodies.some((body) => body.id === id));
    const issuerOk =
      issuers.size === 0 ||
      (filter.leadOnly
        ? lead !== undefined && issuers.has(lead.id)
        : jointly
          ? hasAllSelected
          : bodies.some((body) => issuers.has(body.id)));
    const sectorOk = sectors.size === 0 || policy.sectors.some((sector) => sectors.has(sector.id));
    const kindOk = filter.kind === null || policy.kind === filter.kind;
    const restOk =
      policy.date.ordinal <= to &&
      (filter.from === null || lastOrdinal(policy.date) >= from) &&
      (terms.length === 0 || terms.every((term) => searchText(policy).includes(term)));
    if (!restOk) continue;

    if (sectorOk && kindOk) {
      if (filter.leadOnly) {
        if (lead) increment(counts.issuers, lead.id);
      } else if (!jointly || hasAllSelected) {
        for (const body of bodies) increment(counts.issuers, body.id);
      }
    }
    if (issuerOk && kindOk)
      for (const sector of policy.sectors) increment(counts.sectors, sector.id);
    if (issuerOk && sectorOk) increment(counts.kinds, policy.kind);
    if (issuerOk && sectorOk && kindOk) result.push(policy);
  }
  return { policies: result, counts };
}
