import { compareCodeUnits } from "@/core/compare-text";
import type { IssuingBody, Policy } from "@/data/model";
import type { IssuingBodyKind } from "@/core/body-kinds";
import { lastOrdinal } from "@/core/calendar-date";
import type { LaneOrder } from "@/domain/timeline/timeline-filters";

/** One appearance of a policy in one issuing body's lane. */
export interface LaneEntry {
  policy: Policy;
  /** First day the date covers and the day after its last (a month or year covers a span). */
  start: number;
  end: number;
  /** Where the mark sits, in days: the middle of the day, month or year. */
  at: number;
  /** The lane's body is the first-listed issuer. */
  isLead: boolean;
}

/** A swimlane: one issuing body, or `body: null` for issuers missing from the registry. */
export interface Lane {
  key: string;
  body: IssuingBody | null;
  /** Sorted by position, then id, so layout and keyboard order are stable. */
  entries: LaneEntry[];
}

export const UNKNOWN_LANE_KEY = "unknown-issuer";

/** "By kind of body": the party and the State Council above ministries and agencies. */
const KIND_ORDER: readonly IssuingBodyKind[] = [
  "party-organ",
  "state-council",
  "ministry",
  "commission",
  "administration",
  "bank",
];

export interface LaneOptions {
  /** Place each policy in its lead issuer's lane only. */
  leadOnly: boolean;
  order: LaneOrder;
  /** Bodies chosen in the filter: their lanes come first, in `order` among themselves. */
  pinned?: readonly string[];
}

/** Where a policy's mark sits; shared by lanes, lists and vis-timeline in the benchmarks. */
export function toLaneEntry(policy: Policy, isLead: boolean): LaneEntry {
  const start = policy.date.ordinal;
  const end = lastOrdinal(policy.date) + 1;
  return { policy, start, end, at: (start + end) / 2, isLead };
}

/** The days `policies` cover, from the first day of the earliest to the end of the latest. */
export function policyExtent(policies: readonly Policy[]): { start: number; end: number } | null {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const policy of policies) {
    start = Math.min(start, policy.date.ordinal);
    end = Math.max(end, lastOrdinal(policy.date) + 1);
  }
  return policies.length > 0 ? { start, end } : null;
}

function compareLanes(order: LaneOrder, pinned: ReadonlySet<string>) {
  const kindRank = (lane: Lane) => (lane.body ? KIND_ORDER.indexOf(lane.body.kind) : Infinity);
  const name = (lane: Lane) => lane.body?.acronym ?? "";
  return (a: Lane, b: Lane): number => {
    const pin = Number(pinned.has(b.key)) - Number(pinned.has(a.key));
    if (pin !== 0) return pin;
    if (a.body === null || b.body === null)
      return Number(a.body === null) - Number(b.body === null);
    const byCount = b.entries.length - a.entries.length;
    const byName = name(a).localeCompare(name(b));
    if (order === "name") return byName;
    if (order === "kind") return kindRank(a) - kindRank(b) || byCount || byName;
    return byCount || byName;
  };
}

/** Every lane of a set of policies, entries ordered: built once per dataset, then filtered. */
export interface LaneIndex {
  policyCount: number;
  /** A lane per issuing body holding all its policies, and the same with lead issuers only. */
  all: readonly Lane[];
  lead: readonly Lane[];
}

function groupIntoLanes(policies: readonly Policy[], leadOnly: boolean): Lane[] {
  const lanes = new Map<string, Lane>();
  const add = (key: string, body: IssuingBody | null, entry: LaneEntry) => {
    const lane = lanes.get(key) ?? { key, body, entries: [] };
    lane.entries.push(entry);
    lanes.set(key, lane);
  };
  for (const policy of policies) {
    const bodies = leadOnly ? policy.issuingBodies.slice(0, 1) : policy.issuingBodies;
    if (bodies.length === 0) add(UNKNOWN_LANE_KEY, null, toLaneEntry(policy, false));
    bodies.forEach((body, at) => add(body.id, body, toLaneEntry(policy, at === 0)));
  }
  const result = [...lanes.values()];
  for (const lane of result) {
    lane.entries.sort((a, b) => a.at - b.at || compareCodeUnits(a.policy.id, b.policy.id));
  }
  return result;
}

export function indexLanes(policies: readonly Policy[]): LaneIndex {
  return {
    policyCount: policies.length,
    all: groupIntoLanes(policies, false),
    lead: groupIntoLanes(policies, true),
  };
}

/**
 * The lanes of `policies`, which must be among those `index` was built from: a co-issued
 * document appears in each co-issuer's lane (or only its lead's, with `leadOnly`). Lanes
 * without policies are left out. Picking entries from the index keeps them ordered, so a
 * filter change neither regroups nor sorts thousands of entries.
 */
export function selectLanes(
  index: LaneIndex,
  policies: readonly Policy[],
  options: LaneOptions,
): Lane[] {
  const lanes = options.leadOnly ? index.lead : index.all;
  const kept = policies.length === index.policyCount ? null : new Set(policies);
  const result = kept
    ? lanes.flatMap((lane) => {
        const entries = lane.entries.filter((entry) => kept.has(entry.policy));
        return entries.length > 0 ? [{ ...lane, entries }] : [];
      })
    : [...lanes];
  return result.sort(compareLanes(options.order, new Set(options.pinned)));
}

/** The lanes of `policies`, grouped and ordered from scratch (see `selectLanes`). */
export function buildLanes(policies: readonly Policy[], options: LaneOptions): Lane[] {
  return selectLanes(indexLanes(policies), policies, options);
}
