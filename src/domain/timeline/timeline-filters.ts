/**
 * The Timeline page's state as it lives in the URL: which policies (issuing bodies, sectors,
 * kind, dates, text) and how they are shown (visible range, selected item, view, lane order,
 * list sort). `parseTimelineFilters` and `toTimelineSearchParams` are exact inverses.
 */
import { isItemKind, type ItemKind } from "@/core/item-kinds";
import { parseCalendarDate } from "@/core/calendar-date";
import { issuerParam, sectorParam, type PageStateCodec } from "@/lib/search-params";

export const TIMELINE_VIEWS = ["timeline", "list", "co-issuance"] as const;
export const LANE_ORDERS = ["count", "name", "kind"] as const;
export const LIST_SORTS = ["date-desc", "date-asc", "issuer-asc", "issuer-desc"] as const;

export type TimelineView = (typeof TIMELINE_VIEWS)[number];
export type LaneOrder = (typeof LANE_ORDERS)[number];
export type ListSort = (typeof LIST_SORTS)[number];
/** any: issued by any selected body; all: co-issued by every selected body. */
export type IssuerMatch = "any" | "all";

/** What narrows the set of policies; every field empty or false means "all policies". */
export interface PolicyFilter {
  issuers: string[];
  match: IssuerMatch;
  /** Count only the lead (first-listed) issuer; never together with match "all". */
  leadOnly: boolean;
  sectors: string[];
  kind: ItemKind | null;
  /** First and last day (ISO, inclusive) a policy's date must touch. */
  from: string | null;
  to: string | null;
  text: string;
}

export interface TimelineFilters extends PolicyFilter {
  /** First and last day shown (ISO, inclusive); null fits the view to the policies. */
  range: { start: string; end: string } | null;
  /** Id of the policy whose details are open. */
  item: string | null;
  view: TimelineView;
  laneOrder: LaneOrder;
  sort: ListSort;
}

export const EMPTY_POLICY_FILTER: PolicyFilter = {
  issuers: [],
  match: "any",
  leadOnly: false,
  sectors: [],
  kind: null,
  from: null,
  to: null,
  text: "",
};

export const DEFAULT_TIMELINE_FILTERS: TimelineFilters = {
  ...EMPTY_POLICY_FILTER,
  range: null,
  item: null,
  view: "timeline",
  laneOrder: "count",
  sort: "date-desc",
};

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.find((candidate) => candidate === value) ?? fallback;
}

function isoDay(value: string | null): string | null {
  return value !== null && parseCalendarDate(value)?.precision === "day" ? value : null;
}

/** The policy filter part of the URL; bad values fall back to "no filter". */
export function parsePolicyFilter(params: URLSearchParams): PolicyFilter {
  const leadOnly = params.get("lead") === "1";
  const kind = params.get("kind");
  return {
    issuers: issuerParam.parse(params),
    match: !leadOnly && params.get("match") === "all" ? "all" : "any",
    leadOnly,
    sectors: sectorParam.parse(params),
    kind: kind !== null && isItemKind(kind) ? kind : null,
    from: isoDay(params.get("from")),
    to: isoDay(params.get("to")),
    text: params.get("q") ?? "",
  };
}

/** Reads the whole page state; a bad parameter falls back to its default, never throws. */
export function parseTimelineFilters(params: URLSearchParams): TimelineFilters {
  const start = isoDay(params.get("start"));
  const end = isoDay(params.get("end"));
  return {
    ...parsePolicyFilter(params),
    range: start !== null && end !== null && start <= end ? { start, end } : null,
    item: params.get("item") || null,
    view: oneOf(TIMELINE_VIEWS, params.get("view"), DEFAULT_TIMELINE_FILTERS.view),
    laneOrder: oneOf(LANE_ORDERS, params.get("lanes"), DEFAULT_TIMELINE_FILTERS.laneOrder),
    sort: oneOf(LIST_SORTS, params.get("sort"), DEFAULT_TIMELINE_FILTERS.sort),
  };
}

/** The policy filter as URL parameters; also a stable key for memoising the filtered set. */
export function toPolicyFilterSearchParams(filter: PolicyFilter): URLSearchParams {
  const params = new URLSearchParams();
  issuerParam.write(params, filter.issuers);
  if (filter.match === "all" && !filter.leadOnly) params.set("match", "all");
  if (filter.leadOnly) params.set("lead", "1");
  sectorParam.write(params, filter.sectors);
  if (filter.kind) params.set("kind", filter.kind);
  if (filter.from) params.set("from", filter.from);
  if (filter.to) params.set("to", filter.to);
  if (filter.text) params.set("q", filter.text);
  return params;
}

/** Writes the page state, leaving defaults out so addresses stay short. */
export function toTimelineSearchParams(filters: TimelineFilters): URLSearchParams {
  const params = toPolicyFilterSearchParams(filters);
  if (filters.range) {
    params.set("start", filters.range.start);
    params.set("end", filters.range.end);
  }
  if (filters.item) params.set("item", filters.item);
  if (filters.view !== DEFAULT_TIMELINE_FILTERS.view) params.set("view", filters.view);
  if (filters.laneOrder !== DEFAULT_TIMELINE_FILTERS.laneOrder) {
    params.set("lanes", filters.laneOrder);
  }
  if (filters.sort !== DEFAULT_TIMELINE_FILTERS.sort) params.set("sort", filters.sort);
  return params;
}

/** The Timeline page's state in the URL. */
export const timelineFiltersCodec: PageStateCodec<TimelineFilters> = {
  names: [
    ...[issuerParam.name, "match", "lead", sectorParam.name, "kind", "from", "to", "q"],
    ...["start", "end", "item", "view", "lanes", "sort"],
  ],
  parse: parseTimelineFilters,
  write: toTimelineSearchParams,
};

/** True when any filter narrows the policies (view settings do not count). */
export function hasPolicyFilter(filter: PolicyFilter): boolean {
  return toPolicyFilterSearchParams(filter).size > 0;
}
