import { useMemo } from "react";
import {
  parsePolicyFilter,
  timelineFiltersCodec,
  toPolicyFilterSearchParams,
  type PolicyFilter,
  type TimelineFilters,
} from "@/domain/timeline/timeline-filters";
import { startInteraction } from "@/lib/perf";
import { useUrlState, type UpdateUrlState } from "@/lib/url-state";

export type UpdateTimeline = UpdateUrlState<TimelineFilters>;

/** A change of which policies are shown starts the "timeline:filter" measure. */
function markFilterChange(previous: TimelineFilters, next: TimelineFilters) {
  const key = (filter: PolicyFilter) => toPolicyFilterSearchParams(filter).toString();
  if (key(previous) !== key(next)) startInteraction("timeline:filter");
}

/**
 * The page state from the URL, `update` to change it (typing and gestures pass `typing` or
 * `replace`) and `flush` to write typing now. Discrete choices render at once, so the click's
 * next frame shows the result. The policy filter keeps its identity while only
 * view settings change, so the filtered set is not recomputed on every pan.
 */
export function useTimelineState(): {
  filters: TimelineFilters;
  policyFilter: PolicyFilter;
  update: UpdateTimeline;
  flush: () => void;
} {
  const {
    state: filters,
    update,
    flush,
  } = useUrlState(timelineFiltersCodec, {
    onChange: markFilterChange,
    renderAtOnce: true,
  });
  const filterQuery = toPolicyFilterSearchParams(filters).toString();
  const policyFilter = useMemo(
    () => parsePolicyFilter(new URLSearchParams(filterQuery)),
    [filterQuery],
  );
  return { filters, policyFilter, update, flush };
}
