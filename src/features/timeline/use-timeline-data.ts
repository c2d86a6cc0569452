import { useMemo } from "react";
import { useLoadedDataset } from "@/data/dataset-query";
import { selectDocumentIndex } from "@/domain/documents/document-index";
import type { FilterLookup } from "@/domain/timeline/describe-filters";
import { selectDocumentMarks } from "@/domain/timeline/document-marks";
import { filterPolicies } from "@/domain/timeline/filter-policies";
import { indexLanes, policyExtent, selectLanes } from "@/domain/timeline/lanes";
import { sortPolicies } from "@/domain/timeline/sort-policies";
import type { LaneOrder, PolicyFilter } from "@/domain/timeline/timeline-filters";

/** The dataset seen through the filter: matching policies, facet counts, lanes and extents. */
export function useTimelineData(filter: PolicyFilter, laneOrder: LaneOrder) {
  const dataset = useLoadedDataset();
  const { policies, briefs, registries } = dataset;
  // Filtering keeps order: sorting once here leaves every later sort (lanes, table rows)
  // with already ordered input, which is the cheap case.
  const byDate = useMemo(() => sortPolicies(policies, "date-asc"), [policies]);
  const laneIndex = useMemo(() => indexLanes(byDate), [byDate]);
  const result = useMemo(() => filterPolicies(byDate, filter), [byDate, filter]);
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
  const lookup = useMemo<FilterLookup>(
    () => ({
      bodies: new Map(registries.issuingBodies.map((body) => [body.id, body])),
      sectors: new Map(registries.sectors.map((sector) => [sector.id, sector])),
    }),
    [registries],
  );
  const policyById = useMemo(() => new Map(policies.map((p) => [p.id, p])), [policies]);
  // The whole dataset bounds zooming and panning; the filtered policies decide "fit all".
  const dataExtent = useMemo(() => policyExtent(policies), [policies]);
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
