import { ITEM_KIND_ORDER, type ItemKind } from "@/core/item-kinds";
import type { Policy } from "@/data/model";
import { lastOrdinal, parseCalendarDate } from "@/core/calendar-date";
import { memoByIdentity } from "@/core/memo-by-identity";
import {
  anySelected,
  countRow,
  countsToward,
  FAILS_SEVERAL,
  PASSES_ALL,
  toCodedRows,
  toCountMap,
  toSelection,
  withFailed,
  type CodedRows,
} from "@/domain/facets/facet-counting";
import type { PolicyFilter } from "@/domain/timeline/timeline-filters";

/** How many policies each facet value would match under the other active filters. */
export interface FacetCounts {
  issuers: Map<string, number>;
  sectors: Map<string, number>;
  kinds: Map<ItemKind, number>;
}

export interface FilterResult {
  /** The matching policies, in the order given. */
  policies: Policy[];
  counts: FacetCounts;
}

/** Lower-cased text of everything a user may search for in a policy. */
export function policySearchText(policy: Policy): string {
  return [
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
}

/** The search text built once per policy. */
const searchText = memoByIdentity(policySearchText);

function dayOrdinal(iso: string | null, fallback: number): number {
  return (iso === null ? null : parseCalendarDate(iso)?.ordinal) ?? fallback;
}

/** A list's filterable fields as numbers (see facet-counting), built once per list. */
interface PolicyColumns {
  /** Each policy's bodies, lead first. */
  bodies: CodedRows;
  sectors: CodedRows;
  /** Index into ITEM_KIND_ORDER. */
  kinds: Uint8Array;
  first: Float64Array;
  last: Float64Array;
}

const columnsOf = memoByIdentity((policies: readonly Policy[]): PolicyColumns => ({
  bodies: toCodedRows(policies, (policy) => policy.issuingBodies.map((body) => body.id)),
  sectors: toCodedRows(policies, (policy) => policy.sectors.map((sector) => sector.id)),
  kinds: Uint8Array.from(policies, (policy) => ITEM_KIND_ORDER.indexOf(policy.kind)),
  first: Float64Array.from(policies, (policy) => policy.date.ordinal),
  last: Float64Array.from(policies, (policy) => lastOrdinal(policy.date)),
}));

const ISSUERS = 0;
const SECTORS = 1;
const KIND = 2;

/**
 * Applies the filter (OR within a facet, AND across facets) and counts, in the same pass, what
 * each issuing body, sector and kind would match if it were chosen, under the other filters.
 * A policy dated by month or year matches a date range that touches any day it covers.
 */
export function filterPolicies(policies: readonly Policy[], filter: PolicyFilter): FilterResult {
  const { bodies, sectors, kinds, first, last } = columnsOf(policies);
  const bodyStart = bodies.rows.start;
  const bodyCodes = bodies.rows.values;
  const issuers =
    toSelection(filter.issuers, bodies.number, bodies.ids.length) ??
    new Uint8Array(bodies.ids.length);
  const chosenSectors = toSelection(filter.sectors, sectors.number, sectors.ids.length);
  const chosenKind = filter.kind === null ? -1 : ITEM_KIND_ORDER.indexOf(filter.kind);
  // A body no policy has can never be held, so "all of" then matches nothing.
  const required = new Set(filter.issuers).size;
  const requiredKnown = issuers.reduce((sum, flag) => sum + flag, 0);
  const from = dayOrdinal(filter.from, Number.NEGATIVE_INFINITY);
  const to = dayOrdinal(filter.to, Number.POSITIVE_INFINITY);
  const terms = filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const jointly = filter.match === "all" && !filter.leadOnly;

  const result: Policy[] = [];
  const issuerCounts = new Uint32Array(bodies.ids.length);
  const sectorCounts = new Uint32Array(sectors.ids.length);
  const kindCounts = new Uint32Array(ITEM_KIND_ORDER.length);
  for (let at = 0; at < policies.length; at += 1) {
    if (first[at]! > to || last[at]! < from) continue;
    const policy = policies[at]!;
    if (terms.length > 0 && !terms.every((term) => searchText(policy).includes(term))) continue;
    const b0 = bodyStart[at]!;
    const b1 = bodyStart[at + 1]!;
    let held = 0;
    for (let b = b0; b < b1; b += 1) held += issuers[bodyCodes[b]!]!;
    const hasAllSelected = !jointly || (held === required && requiredKnown === required);
    const issuerOk =
      required === 0 ||
      (filter.leadOnly
        ? b1 > b0 && issuers[bodyCodes[b0]!] === 1
        : jointly
          ? hasAllSelected
          : held > 0);
    let standing = issuerOk ? PASSES_ALL : ISSUERS;
    if (chosenSectors && !anySelected(sectors.rows, at, chosenSectors))
      standing = withFailed(standing, SECTORS);
    const kind = kinds[at]!;
    if (chosenKind !== -1 && kind !== chosenKind) standing = withFailed(standing, KIND);
    if (standing === FAILS_SEVERAL) continue;

    if (standing === PASSES_ALL) result.push(policy);
    if (countsToward(standing, ISSUERS)) {
      // Lead only: a policy counts for its lead. "All of": only policies holding every choice.
      if (filter.leadOnly) {
        if (b1 > b0) issuerCounts[bodyCodes[b0]!]! += 1;
      } else if (hasAllSelected) countRow(bodies.rows, at, issuerCounts);
    }
    if (countsToward(standing, SECTORS)) countRow(sectors.rows, at, sectorCounts);
    if (countsToward(standing, KIND)) kindCounts[kind]! += 1;
  }
  return {
    policies: result,
    counts: {
      issuers: toCountMap(bodies.ids, issuerCounts),
      sectors: toCountMap(sectors.ids, sectorCounts),
      kinds: toCountMap(ITEM_KIND_ORDER, kindCounts),
    },
  };
}
