import { memoByIdentity } from "@/core/memo-by-identity";
import type { ChartSpec } from "@/core/chart-spec";
import type { Brief, Policy } from "@/data/model";
import { formatOrdinal } from "@/core/calendar-date";
import type { CoIssuanceMatrix } from "@/domain/timeline/co-issuance";
import { toCoIssuancePairs } from "@/domain/timeline/co-issuance";
import {
  describePolicyFilter,
  toFilterSlug,
  type FilterLookup,
} from "@/domain/timeline/describe-filters";
import { toLaneEntry } from "@/domain/timeline/lanes";
import { ITEM_KIND_ORDER, ITEM_KINDS } from "@/core/item-kinds";
import { policyTitle } from "@/domain/timeline/policy-label";
import type { DayRange } from "@/domain/timeline/time-scale";
import type { PolicyFilter } from "@/domain/timeline/timeline-filters";
import { describeSources } from "@/domain/source-line";

/** The visible range in words: "28 Mar 2023 – 24 Apr 2023". */
export function describeRange(range: DayRange): string {
  return `${formatOrdinal(range.start)} – ${formatOrdinal(Math.ceil(range.end) - 1)}`;
}

interface SpecContext {
  filter: PolicyFilter;
  lookup: FilterLookup;
  briefs: readonly Brief[];
}

type TableRow = ChartSpec["table"]["rows"][number];

interface TimelineRow {
  at: number;
  row: TableRow;
}

// A policy's row never changes: each is formatted once, however often the filters change.
const timelineRow = memoByIdentity((policy: Policy): TimelineRow => ({
  at: toLaneEntry(policy, true).at,
  row: {
    date: policy.date.iso,
    kind: ITEM_KINDS[policy.kind].label,
    policy: policyTitle(policy),
    lead: policy.issuingBodies[0]?.acronym ?? null,
    coIssuers:
      policy.issuingBodies
        .slice(1)
        .map((body) => body.acronym)
        .join(", ") || null,
  },
}));

const TIMELINE_COLUMNS: ChartSpec["table"]["columns"] = [
  { key: "date", label: "Date" },
  { key: "kind", label: "Kind" },
  { key: "policy", label: "Policy" },
  { key: "lead", label: "Lead issuer" },
  { key: "coIssuers", label: "Co-issuers" },
];

/**
 * The timeline's frame and data table: the policies (given oldest first) drawn in the range.
 * The table is built on first read ("Show data", CSV), not on every filter change: with
 * thousands of policies it is most of the spec's cost and usually never read.
 */
export function toTimelineSpec(
  policies: readonly Policy[],
  range: DayRange,
  { filter, lookup, briefs }: SpecContext,
): ChartSpec {
  let table: ChartSpec["table"] | undefined;
  return {
    name: "policy-timeline",
    title: "Policies by issuing body",
    subtitle: `${describePolicyFilter(filter, lookup)} · ${describeRange(range)}`,
    source: describeSources(briefs),
    filterSlug: toFilterSlug(filter),
    // Only the kinds drawn: a legend entry for a kind the data lacks reads as missing marks.
    legend: ITEM_KIND_ORDER.filter((kind) => policies.some((policy) => policy.kind === kind)).map(
      (kind) => ({ label: ITEM_KINDS[kind].legend, color: ITEM_KINDS[kind].color }),
    ),
    get table() {
      table ??= {
        columns: TIMELINE_COLUMNS,
        rows: policies.flatMap((policy) => {
          const { at, row } = timelineRow(policy);
          return at >= range.start && at <= range.end ? [row] : [];
        }),
      };
      return table;
    },
  };
}

/** The co-issuance matrix's frame; its table lists every pair that issued together. */
export function toCoIssuanceSpec(
  matrix: CoIssuanceMatrix,
  { filter, lookup, briefs }: SpecContext,
): ChartSpec {
  return {
    name: "co-issuance",
    title: "Who issues with whom",
    subtitle: `${describePolicyFilter(filter, lookup)} · documents issued jointly by each pair of bodies`,
    source: describeSources(briefs),
    filterSlug: toFilterSlug(filter),
    table: {
      columns: [
        { key: "a", label: "Issuing body" },
        { key: "b", label: "With" },
        { key: "count", label: "Documents", numeric: true },
      ],
      rows: toCoIssuancePairs(matrix).map((pair) => ({
        a: pair.a.acronym,
        b: pair.b.acronym,
        count: pair.count,
      })),
    },
  };
}
