import { useCallback, useLayoutEffect, useMemo, useRef } from "react";
import { useLocation, useNavigate } from "react-router";
import { paths } from "@/config/paths";
import {
  parsePolicyFilter,
  parseTimelineFilters,
  toPolicyFilterSearchParams,
  toTimelineSearchParams,
  type PolicyFilter,
  type TimelineFilters,
} from "@/domain/timeline/timeline-filters";
import { startInteraction } from "@/lib/perf";

export type UpdateTimeline = (
  patch: Partial<TimelineFilters>,
  options?: { replace?: boolean },
) => void;

/**
 * The page state from the URL, and `update` to change it. Discrete choices push a history
 * entry and render at once (not as a transition), so the click's next frame shows the result;
 * typing and gestures pass `replace`. The policy filter keeps its identity while only
 * view settings change, so the filtered set is not recomputed on every pan.
 */
export function useTimelineState(): {
  filters: TimelineFilters;
  policyFilter: PolicyFilter;
  update: UpdateTimeline;
} {
  const { search } = useLocation();
  const navigate = useNavigate();
  const filters = useMemo(() => parseTimelineFilters(new URLSearchParams(search)), [search]);
  const filterQuery = toPolicyFilterSearchParams(filters).toString();
  const policyFilter = useMemo(
    () => parsePolicyFilter(new URLSearchParams(filterQuery)),
    [filterQuery],
  );

  // Two updates in one event (a chip and a range) compose instead of the second undoing the first.
  const latest = useRef(filters);
  useLayoutEffect(() => {
    latest.current = filters;
  }, [filters]);

  const update = useCallback<UpdateTimeline>(
    (patch, options = {}) => {
      const next = { ...latest.current, ...patch };
      const before = toPolicyFilterSearchParams(latest.current).toString();
      if (toPolicyFilterSearchParams(next).toString() !== before)
        startInteraction("timeline:filter");
      latest.current = next;
      const replace = options.replace ?? false;
      void navigate(paths.timeline.href(toTimelineSearchParams(next)), {
        replace,
        flushSync: !replace,
        preventScrollReset: true,
      });
    },
    [navigate],
  );
  return { filters, policyFilter, update };
}
