import type { Dataset } from "../../src/data/model";
import { filterPolicies } from "../../src/domain/timeline/filter-policies";
import { buildLanes, indexLanes, policyExtent, selectLanes } from "../../src/domain/timeline/lanes";
import { layoutTimeline } from "../../src/domain/timeline/layout-timeline";
import { EMPTY_POLICY_FILTER, type PolicyFilter } from "../../src/domain/timeline/timeline-filters";
import { fitRange } from "../../src/domain/timeline/visible-range";
import { filterPoliciesNaive } from "../baselines/filter-policies-naive";
import { layoutTimelineNaive } from "../baselines/layout-timeline-naive";
import type { Comparison } from "../compare";
import { formatCount } from "../format";

/** A laptop's plot: 1,280 px less the lane labels. */
export const PLOT_WIDTH = 1100;
const NAIVE_POLICIES = "linear scans, lower-casing per call";

/** The issuing body with the most policies: the ministry an analyst picks first. */
export function busiestIssuer(dataset: Dataset): string {
  const counts = filterPolicies(dataset.policies, EMPTY_POLICY_FILTER).counts.issuers;
  const [id] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a), ["", 0]);
  return id;
}

/** Filtering with facet counts, and the timeline's lanes and layout, on one dataset. */
export function policyComparisons(dataset: Dataset): Comparison[] {
  const { policies } = dataset;
  const n = formatCount(policies.length);
  const issuer = busiestIssuer(dataset);
  const byIssuer: PolicyFilter = { ...EMPTY_POLICY_FILTER, issuers: [issuer] };
  const byWords: PolicyFilter = { ...EMPTY_POLICY_FILTER, text: "notice automotive" };
  const lanes = buildLanes(policies, { leadOnly: false, order: "count" });
  const extent = policyExtent(policies);
  if (!extent) throw new Error("the dataset has no policies");
  const fit = fitRange(extent);
  const zoomed = { start: fit.end - 90, end: fit.end };
  // As the page does: lanes indexed once per dataset, then picked on each change.
  const laneIndex = indexLanes(policies);
  const filterChange = (filter: PolicyFilter) => {
    const filtered = filterPolicies(policies, filter).policies;
    const pinned = selectLanes(laneIndex, filtered, {
      leadOnly: false,
      order: "count",
      pinned: filter.issuers,
    });
    return layoutTimeline(pinned, fit, PLOT_WIDTH);
  };
  const filterChangeNaive = (filter: PolicyFilter) => {
    const filtered = filterPoliciesNaive(policies, filter).policies;
    const pinned = buildLanes(filtered, {
      leadOnly: false,
      order: "count",
      pinned: filter.issuers,
    });
    return layoutTimelineNaive(pinned, fit, PLOT_WIDTH);
  };
  return [
    {
      metric: `Filter ${n} policies by one issuing body, with facet counts`,
      ours: () => filterPolicies(policies, byIssuer),
      baseline: { label: NAIVE_POLICIES, run: () => filterPoliciesNaive(policies, byIssuer) },
      note: `issuer ${issuer}; counts for issuing bodies, sectors and kinds`,
    },
    {
      metric: `Filter ${n} policies by two words, with facet counts`,
      ours: () => filterPolicies(policies, byWords),
      baseline: { label: NAIVE_POLICIES, run: () => filterPoliciesNaive(policies, byWords) },
      note: `"${byWords.text}"; ours keeps each policy's lower-cased text between calls`,
    },
    {
      metric: `Timeline layout, ${n} policies, all years in ${PLOT_WIDTH} px`,
      ours: () => layoutTimeline(lanes, fit, PLOT_WIDTH),
      baseline: {
        label: "every item stacked, no clustering",
        run: () => layoutTimelineNaive(lanes, fit, PLOT_WIDTH),
      },
      note: `${lanes.length} lanes, ${formatCount(lanes.reduce((s, l) => s + l.entries.length, 0))} lane entries`,
    },
    {
      metric: `Timeline layout, ${n} policies, zoomed to 90 days`,
      ours: () => layoutTimeline(lanes, zoomed, PLOT_WIDTH),
      baseline: {
        label: "every item stacked, no clustering",
        run: () => layoutTimelineNaive(lanes, zoomed, PLOT_WIDTH),
      },
      note: "ours lays out the visible marks only",
    },
    {
      metric: `Ministry-filter change, ${n} policies: filter, lanes, layout`,
      ours: () => filterChange(byIssuer),
      baseline: {
        label: "naive filter, lanes regrouped, naive layout",
        run: () => filterChangeNaive(byIssuer),
      },
      note: "the pure part of a filter change; the browser section times the whole of it",
    },
  ];
}
