import { useMemo } from "react";
import type { Dataset } from "@/data/model";
import { selectPolicyById } from "@/domain/derived/dataset-derived";
import { describeSources } from "@/domain/source-line";
import { aggregateTargetsBySector } from "@/domain/targets/aggregate-targets-by-sector";
import {
  describeTargetFilters,
  describeTargetFocus,
  toTargetFilterSlug,
} from "@/domain/targets/describe-target-filters";
import { countTargetFacets, filterTargets, isInFocus } from "@/domain/targets/filter-targets";
import {
  groupQuantitativeTargetsByUnit,
  pickUnitGroup,
} from "@/domain/targets/quantitative-targets";
import { aggregateTargetsByDeadline } from "@/domain/targets/target-deadlines";
import type { TargetsView } from "@/domain/targets/targets-view";

/** Everything the Targets page derives from the dataset and the URL state, memoised. */
export function useTargetsPageData(dataset: Dataset, view: TargetsView) {
  const { filters, breakdown, unit, focus } = view;
  const policies = selectPolicyById(dataset);
  const filtered = useMemo(
    () => filterTargets(dataset.targets, filters),
    [dataset.targets, filters],
  );
  const facetCounts = useMemo(
    () => countTargetFacets(dataset.targets, filters),
    [dataset.targets, filters],
  );
  const briefsInView = useMemo(() => {
    const ids = new Set(filtered.map((target) => target.briefId));
    return dataset.briefs.filter((brief) => ids.has(brief.id));
  }, [dataset.briefs, filtered]);
  const sectorAggregation = useMemo(
    () => aggregateTargetsBySector(filtered, breakdown, filters.issuers),
    [filtered, breakdown, filters.issuers],
  );
  const unitGroups = useMemo(
    () => groupQuantitativeTargetsByUnit(filtered, policies),
    [filtered, policies],
  );
  const deadlines = useMemo(() => {
    const years = briefsInView.map((brief) => brief.publishedOn.year);
    return aggregateTargetsByDeadline(filtered, years.length > 0 ? Math.min(...years) : null);
  }, [filtered, briefsInView]);
  const listed = useMemo(
    () => filtered.filter((target) => isInFocus(target, focus)),
    [filtered, focus],
  );
  return {
    policies,
    filtered,
    facetCounts,
    listed,
    sectorAggregation,
    unitGroups,
    unitGroup: pickUnitGroup(unitGroups, unit),
    deadlines,
    subtitle: describeTargetFilters(filters, dataset.registries),
    filterSlug: toTargetFilterSlug(filters),
    focusDescription: describeTargetFocus(focus, dataset.registries),
    source: describeSources(briefsInView),
  };
}
