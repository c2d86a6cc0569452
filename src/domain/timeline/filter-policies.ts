import type { ItemKind } from "@/core/item-kinds";
import type { Policy } from "@/data/model";
import { lastOrdinal, parseCalendarDate } from "@/core/calendar-date";
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

/**
 * A list's filterable fields as numbers: every click filters thousands of policies, and
 * reading typed arrays and counting into them costs a fraction of walking objects, comparing
 * strings and updating maps. Built once per list (the list's identity is the key).
 */
interface PolicyColumns {
  bodyIds: string[];
  sectorIds: string[];
  /** Policy i's bodies are `bodyCodes[bodyStart[i]]` to `bodyCodes[bodyStart[i + 1] - 1]`, lead first. */
  bodyStart: Int32Array;
  bodyCodes: Int32Array;
  sectorStart: Int32Array;
  sectorCodes: Int32Array;
  kinds: ItemKind[];
  first: Float64Array;
  last: Float64Array;
}

const columnsCache = new WeakMap<readonly Policy[], PolicyColumns>();

function codesOf<T extends { id: string }>(
  policies: readonly Policy[],
  itemsOf: (policy: Policy) => readonly T[],
) {
  const ids: string[] = [];
  const codeOf = new Map<string, number>();
  const start = new Int32Array(policies.length + 1);
  const codes: number[] = [];
  policies.forEach((policy, at) => {
    start[at] = codes.length;
    for (const { id } of itemsOf(policy)) {
      let code = codeOf.get(id);
      if (code === undefined) {
        code = ids.push(id) - 1;
        codeOf.set(id, code);
      }
      codes.push(code);
    }
  });
  start[policies.length] = codes.length;
  return { ids, start, codes: Int32Array.from(codes) };
}

function columnsOf(policies: readonly Policy[]): PolicyColumns {
  let columns = columnsCache.get(policies);
  if (!columns) {
    const bodies = codesOf(policies, (policy) => policy.issuingBodies);
    const sectors = codesOf(policies, (policy) => policy.sectors);
    columns = {
      bodyIds: bodies.ids,
      sectorIds: sectors.ids,
      bodyStart: bodies.start,
      bodyCodes: bodies.codes,
      sectorStart: sectors.start,
      sectorCodes: sectors.codes,
      kinds: policies.map((policy) => policy.kind),
      first: Float64Array.from(policies, (policy) => policy.date.ordinal),
      last: Float64Array.from(policies, (policy) => lastOrdinal(policy.date)),
    };
    columnsCache.set(policies, columns);
  }
  return columns;
}

/** Flags for the chosen ids, by code; ids no policy has are left out. */
function chosen(ids: readonly string[], known: readonly string[]): Uint8Array {
  const flags = new Uint8Array(known.length);
  const wanted = new Set(ids);
  known.forEach((id, code) => {
    if (wanted.has(id)) flags[code] = 1;
  });
  return flags;
}

function increment<K>(counts: Map<K, number>, key: K) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function toCounts<K>(ids: readonly K[], counts: Int32Array): Map<K, number> {
  const map = new Map<K, number>();
  counts.forEach((count, code) => {
    const id = ids[code];
    if (count > 0 && id !== undefined) map.set(id, count);
  });
  return map;
}

/**
 * Applies the filter (OR within a facet, AND across facets) and counts, in the same pass, what
 * each issuing body, sector and kind would match if it were chosen, under the other filters.
 * A policy dated by month or year matches a date range that touches any day it covers.
 */
export function filterPolicies(policies: readonly Policy[], filter: PolicyFilter): FilterResult {
  const columns = columnsOf(policies);
  const { bodyStart, bodyCodes, sectorStart, sectorCodes, kinds, first, last } = columns;
  const issuers = chosen(filter.issuers, columns.bodyIds);
  const sectors = chosen(filter.sectors, columns.sectorIds);
  // A body no policy has can never be held, so "all of" then matches nothing.
  const required = new Set(filter.issuers).size;
  const requiredKnown = issuers.reduce((sum, flag) => sum + flag, 0);
  const from = dayOrdinal(filter.from, Number.NEGATIVE_INFINITY);
  const to = dayOrdinal(filter.to, Number.POSITIVE_INFINITY);
  const terms = filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const jointly = filter.match === "all" && !filter.leadOnly;

  const result: Policy[] = [];
  const issuerCounts = new Int32Array(columns.bodyIds.length);
  const sectorCounts = new Int32Array(columns.sectorIds.length);
  const kindCounts = new Map<ItemKind, number>();
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
    let sectorOk = filter.sectors.length === 0;
    for (let c = sectorStart[at]!; !sectorOk && c < sectorStart[at + 1]!; c += 1)
      sectorOk = sectors[sectorCodes[c]!] === 1;
    const kind = kinds[at]!;
    const kindOk = filter.kind === null || kind === filter.kind;

    if (sectorOk && kindOk) {
      if (filter.leadOnly) {
        if (b1 > b0) issuerCounts[bodyCodes[b0]!]! += 1;
      } else if (hasAllSelected) {
        for (let b = b0; b < b1; b += 1) issuerCounts[bodyCodes[b]!]! += 1;
      }
    }
    if (issuerOk && kindOk)
      for (let c = sectorStart[at]!; c < sectorStart[at + 1]!; c += 1)
        sectorCounts[sectorCodes[c]!]! += 1;
    if (issuerOk && sectorOk) increment(kindCounts, kind);
    if (issuerOk && sectorOk && kindOk) result.push(policy);
  }
  return {
    policies: result,
    counts: {
      issuers: toCounts(columns.bodyIds, issuerCounts),
      sectors: toCounts(columns.sectorIds, sectorCounts),
      kinds: kindCounts,
    },
  };
}
