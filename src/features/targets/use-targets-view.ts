import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import {
  parseTargetsView,
  toTargetsSearchParams,
  type SectorBreakdown,
  type TargetFilters,
  type TargetFocus,
  type TargetsView,
} from "@/domain/targets/targets-view";

/**
 * The Targets page state, read from and written to the URL. Every change is a discrete choice,
 * so each one is a history entry. A new filter clears the chart selection, which pointed at a
 * bar of the old charts.
 */
export function useTargetsView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseTargetsView(params), [params]);
  const update = useCallback(
    (patch: Partial<TargetsView>) => setParams(toTargetsSearchParams({ ...view, ...patch })),
    [setParams, view],
  );
  return {
    view,
    setFilters: useCallback((filters: TargetFilters) => update({ filters, focus: {} }), [update]),
    setBreakdown: useCallback(
      (breakdown: SectorBreakdown) => update({ breakdown, focus: {} }),
      [update],
    ),
    setUnit: useCallback((unit: string) => update({ unit }), [update]),
    setFocus: useCallback((focus: TargetFocus) => update({ focus }), [update]),
  };
}
