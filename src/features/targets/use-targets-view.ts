import { useCallback } from "react";
import {
  targetsViewCodec,
  type SectorBreakdown,
  type TargetFilters,
  type TargetFocus,
} from "@/domain/targets/targets-view";
import { useUrlState } from "@/lib/url-state";

/**
 * The Targets page state, read from and written to the URL. Every change is a discrete choice,
 * so each one is a history entry. A new filter clears the chart selection, which pointed at a
 * bar of the old charts.
 */
export function useTargetsView() {
  const { state: view, update } = useUrlState(targetsViewCodec);
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
