import { memoByIdentity } from "@/core/memo-by-identity";
import type { Target } from "@/data/model";
import {
  anySelected,
  countRow,
  countsToward,
  FAILS_SEVERAL,
  PASSES_ALL,
  toCodedRows,
  toCountMap,
  toSelection,
  withFailed,
  type CodedRows,
} from "@/domain/facets/facet-counting";
import { toTargetYearKey } from "@/domain/targets/target-year";
import type { TargetFilters, TargetFocus, TargetKind } from "@/domain/targets/targets-view";

/** A target with a figure (a value to reach) is quantitative; "achieve breakthroughs…" is not. */
export function isQuantitative(target: Pick<Target, "quantities">): boolean {
  return target.quantities.length > 0;
}

export function toTargetKind(target: Pick<Target, "quantities">): TargetKind {
  return isQuantitative(target) ? "quantitative" : "qualitative";
}

/** The targets' facet values as numbers (see facet-counting), built once per target list. */
interface TargetColumns {
  issuers: CodedRows;
  sectors: CodedRows;
  years: CodedRows;
  isQuantitative: Uint8Array;
}

const columnsOf = memoByIdentity((targets: readonly Target[]): TargetColumns => ({
  issuers: toCodedRows(targets, (target) => target.issuingBodies.map((body) => body.id)),
  sectors: toCodedRows(targets, (target) => [target.sector.id]),
  years: toCodedRows(targets, (target) => [toTargetYearKey(target)]),
  isQuantitative: Uint8Array.from(targets, (target) => (isQuantitative(target) ? 1 : 0)),
}));

const ISSUERS = 0;
const SECTORS = 1;
const YEARS = 2;
const QUANTITATIVE = 3;

/** Targets per facet value, under the other active filters. */
export interface TargetFacetCounts {
  issuers: ReadonlyMap<string, number>;
  sectors: ReadonlyMap<string, number>;
  years: ReadonlyMap<string, number>;
  quantitative: number;
}

interface TargetCountArrays {
  issuers: Uint32Array;
  sectors: Uint32Array;
  years: Uint32Array;
  quantitative: number;
}

/** One pass: the matching targets, and when `counts` is given, the facet counts added into it. */
function scanTargets(
  targets: readonly Target[],
  filters: TargetFilters,
  counts: TargetCountArrays | null,
): Target[] {
  const { issuers, sectors, years, isQuantitative } = columnsOf(targets);
  const chosenIssuers = toSelection(filters.issuers, issuers.number, issuers.ids.length);
  const chosenSectors = toSelection(filters.sectors, sectors.number, sectors.ids.length);
  const chosenYears = toSelection(filters.years, years.number, years.ids.length);
  const result: Target[] = [];
  for (let at = 0; at < targets.length; at += 1) {
    let standing = PASSES_ALL;
    if (chosenIssuers && !anySelected(issuers.rows, at, chosenIssuers)) standing = ISSUERS;
    if (chosenSectors && !anySelected(sectors.rows, at, chosenSectors))
      standing = withFailed(standing, SECTORS);
    if (chosenYears && !anySelected(years.rows, at, chosenYears))
      standing = withFailed(standing, YEARS);
    if (filters.quantitativeOnly && isQuantitative[at] !== 1)
      standing = withFailed(standing, QUANTITATIVE);
    if (standing === FAILS_SEVERAL) continue;
    if (standing === PASSES_ALL) result.push(targets[at]!);
    if (counts === null) continue;
    if (countsToward(standing, ISSUERS)) countRow(issuers.rows, at, counts.issuers);
    if (countsToward(standing, SECTORS)) countRow(sectors.rows, at, counts.sectors);
    if (countsToward(standing, YEARS)) countRow(years.rows, at, counts.years);
    if (countsToward(standing, QUANTITATIVE)) counts.quantitative += isQuantitative[at]!;
  }
  return result;
}

/** Targets that pass every filter: any of the chosen values within a facet, all facets at once. */
export function filterTargets(targets: readonly Target[], filters: TargetFilters): Target[] {
  return scanTargets(targets, filters, null);
}

/**
 * Counts per facet value under the other active filters, so each option tells how many targets
 * choosing it would add. A co-issued target counts for each of its issuing bodies.
 */
export function countTargetFacets(
  targets: readonly Target[],
  filters: TargetFilters,
): TargetFacetCounts {
  const { issuers, sectors, years } = columnsOf(targets);
  const counts: TargetCountArrays = {
    issuers: new Uint32Array(issuers.ids.length),
    sectors: new Uint32Array(sectors.ids.length),
    years: new Uint32Array(years.ids.length),
    quantitative: 0,
  };
  scanTargets(targets, filters, counts);
  return {
    issuers: toCountMap(issuers.ids, counts.issuers),
    sectors: toCountMap(sectors.ids, counts.sectors),
    years: toCountMap(years.ids, counts.years),
    quantitative: counts.quantitative,
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
