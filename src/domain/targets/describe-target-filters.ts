import type { Registries } from "@/data/model";
import {
  compareTargetYearKeys,
  describeTargetYearKey,
  NO_YEAR,
} from "@/domain/targets/target-year";
import type { TargetFilters, TargetFocus } from "@/domain/targets/targets-view";

type NameRegistries = Pick<Registries, "issuingBodies" | "sectors">;

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1] ?? ""}`;
}

function describeYears(years: TargetFilters["years"]): string | null {
  if (years.length === 0) return null;
  const sorted = [...years].sort(compareTargetYearKeys);
  const dated = sorted.filter((key) => key !== NO_YEAR);
  if (dated.length === 0) return describeTargetYearKey(NO_YEAR);
  const phrase = `Targets for ${joinWords(dated)}`;
  return sorted.includes(NO_YEAR) ? `${phrase}, or no year stated` : phrase;
}

/**
 * The active filters in words for a chart subtitle: "MIIT, NDRC · Targets for 2025".
 * Ids missing from the registries are shown as they are, so nothing is silently dropped.
 */
export function describeTargetFilters(filters: TargetFilters, registries: NameRegistries): string {
  const issuerName = (id: string) =>
    registries.issuingBodies.find((body) => body.id === id)?.acronym ?? id;
  const sectorName = (id: string) =>
    registries.sectors.find((sector) => sector.id === id)?.nameEn ?? id;
  const parts = [
    filters.issuers.map(issuerName).join(", "),
    filters.sectors.map(sectorName).join(", "),
    describeYears(filters.years),
    filters.quantitativeOnly ? "Targets with a number" : null,
  ].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(" · ") : "All targets";
}

/** The filters as a slug for export file names ("miit-ndrc-2025"); empty when unfiltered. */
export function toTargetFilterSlug(filters: TargetFilters): string {
  return [
    ...filters.issuers,
    ...filters.sectors,
    ...[...filters.years]
      .sort(compareTargetYearKeys)
      .map((key) => (key === NO_YEAR ? "no-year" : key)),
    ...(filters.quantitativeOnly ? ["quantitative"] : []),
  ].join("-");
}

/**
 * The chart selection in words for the list heading: "Foundry and forging · 2025",
 * "Other issuing bodies: MOT, PBOC". Null when nothing is selected.
 */
export function describeTargetFocus(focus: TargetFocus, registries: NameRegistries): string | null {
  const issuers = focus.issuers?.map(
    (id) => registries.issuingBodies.find((body) => body.id === id)?.acronym ?? id,
  );
  const parts = [
    focus.sector &&
      (registries.sectors.find((sector) => sector.id === focus.sector)?.nameEn ?? focus.sector),
    focus.year && describeTargetYearKey(focus.year),
    issuers && (issuers.length > 1 ? `Issued by any of ${issuers.join(", ")}` : issuers.join("")),
    focus.kind && (focus.kind === "quantitative" ? "With a number" : "Without a number"),
    focus.target && "One target",
  ].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(" · ") : null;
}
