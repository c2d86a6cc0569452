import type { Target } from "@/data/model";
import { toTargetYearKey } from "@/domain/targets/target-year";
import type { TargetFilters, TargetFocus, TargetKind } from "@/domain/targets/targets-view";

/** A target with a figure (a value to reach) is quantitative; "achieve breakthroughs…" is not. */
export function isQuantitative(target: Pick<Target, "quantities">): boolean {
  return target.quantities.length > 0;
}

export function toTargetKind(target: Pick<Target, "quantities">): TargetKind {
  return isQuantitative(target) ? "quantitative" : "qualitative";
}

type Facet = "issuers" | "sectors" | "years" | "quantitativeOnly";

function matches(target: Target, filters: TargetFilters, skip?: Facet): boolean {
  const { issuers, sectors, years, quantitativeOnly } = filters;
  if (skip !== "issuers" && issuers.length > 0) {
    if (!target.issuingBodies.some((body) => issuers.includes(body.id))) return false;
  }
  if (skip !== "sectors" && sectors.length > 0 && !sectors.includes(target.sector.id)) {
    return false;
  }
  if (skip !== "years" && years.length > 0 && !years.includes(toTargetYearKey(target))) {
    return false;
  }
  return skip === "quantitativeOnly" || !quantitativeOnly || isQuantitative(target);
}

/** Targets that pass every filter: any of the chosen values within a facet, all facets at once. */
export function filterTargets(targets: readonly Target[], filters: TargetFilters): Target[] {
  return targets.filter((target) => matches(target, filters));
}

function countBy(targets: readonly Target[], keysOf: (target: Target) => readonly string[]) {
  const counts = new Map<string, number>();
  for (const target of targets) {
    for (const key of new Set(keysOf(target))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Targets per facet value, under the other active filters. */
export interface TargetFacetCounts {
  issuers: ReadonlyMap<string, number>;
  sectors: ReadonlyMap<string, number>;
  years: ReadonlyMap<string, number>;
  quantitative: number;
}

/**
 * Counts per facet value under the other active filters, so each option tells how many targets
 * choosing it would add. A co-issued target counts for each of its issuing bodies.
 */
export function countTargetFacets(
  targets: readonly Target[],
  filters: TargetFilters,
): TargetFacetCounts {
  const under = (skip: Facet) => targets.filter((target) => matches(target, filters, skip));
  return {
    issuers: countBy(under("issuers"), (t) => t.issuingBodies.map((body) => body.id)),
    sectors: countBy(under("sectors"), (t) => [t.sector.id]),
    years: countBy(under("years"), (t) => [toTargetYearKey(t)]),
    quantitative: under("quantitativeOnly").filter(isQuantitative).length,
  };
}

export function hasFocus(focus: TargetFocus): boolean {
  return Object.values(focus).some((value) => value !== undefined);
}

/** Whether a target lies in the chart selection: every part of the focus must hold. */
export function isInFocus(target: Target, focus: TargetFocus): boolean {
  return (
    (focus.sector === undefined || target.sector.id === focus.sector) &&
    (focus.year === undefined || toTargetYearKey(target) === focus.year) &&
    (focus.issuers === undefined ||
      target.issuingBodies.some((body) => focus.issuers?.includes(body.id))) &&
    (focus.kind === undefined || toTargetKind(target) === focus.kind) &&
    (focus.target === undefined || target.id === focus.target)
  );
}

/**
 * Whether a chart element (a bar standing for the targets of `element`) shows any of the
 * `selected` targets, so every chart can light up the selection made in one of them. With
 * nothing selected, every element is lit.
 */
export function showsSelection(
  selected: readonly Target[],
  focus: TargetFocus,
  element: TargetFocus,
): boolean {
  return !hasFocus(focus) || selected.some((target) => isInFocus(target, element));
}
