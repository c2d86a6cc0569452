import { useMemo } from "react";
import { useLoadedDataset } from "@/data/dataset-query";
import {
  selectDocumentIndex,
  selectFilteredPolicies,
  selectFilterLookup,
  selectLaneIndex,
  selectPolicyById,
  selectPolicyExtent,
} from "@/domain/derived/dataset-derived";
import { selectDocumentMarks } from "@/domain/timeline/document-marks";
import { policyExtent, selectLanes } from "@/domain/timeline/lanes";
import type { LaneOrder, PolicyFilter } from "@/domain/timeline/timeline-filters";

/** The dataset seen through the filter: matching policies, facet counts, lanes and extents. */
export function useTimelineData(filter: PolicyFilter, laneOrder: LaneOrder) {
  const dataset = useLoadedDataset();
  const { briefs } = dataset;
  const laneIndex = selectLaneIndex(dataset);
  const result = selectFilteredPolicies(dataset, filter);
  const documents = selectDocumentIndex(dataset);
  // A document reported in several briefs is one mark per lane; its mentions are in the panel.
  const marked = useMemo(
    () => selectDocumentMarks(result.policies, documents),
    [result.policies, documents],
  );
  const lanes = useMemo(
    () =>
      selectLanes(laneIndex, marked, {
        leadOnly: filter.leadOnly,
        order: laneOrder,
        pinned: filter.issuers,
      }),
    [laneIndex, marked, filter.leadOnly, filter.issuers, laneOrder],
  );
  const lookup = selectFilterLookup(dataset);
  const policyById = selectPolicyById(dataset);
  // The whole dataset bounds zooming and panning; the filtered policies decide "fit all".
  const dataExtent = selectPolicyExtent(dataset);
  const filteredExtent = useMemo(() => policyExtent(result.policies), [result.policies]);
  const briefsInView = useMemo(() => {
    const ids = new Set(result.policies.map((policy) => policy.briefId));
    return briefs.filter((brief) => ids.has(brief.id));
  }, [briefs, result.policies]);
  return {
    dataset,
    documents,
    filtered: result.policies,
    counts: result.counts,
    lanes,
    lookup,
    policyById,
    dataExtent,
    filteredExtent,
    briefsInView,
  };
}

export type TimelineData = ReturnType<typeof useTimelineData>;
