import { FilterChips, type FilterChip } from "@/components/filters/filter-chips";
import type { Registries } from "@/data/model";
import { describeTargetYearKey } from "@/domain/targets/target-year";
import { EMPTY_TARGET_FILTERS, type TargetFilters } from "@/domain/targets/targets-view";

/** The active filters as removable chips above the charts. */
export function TargetFilterChips({
  filters,
  registries,
  onChange,
}: {
  filters: TargetFilters;
  registries: Registries;
  onChange: (filters: TargetFilters) => void;
}) {
  const without = <K extends "issuers" | "sectors" | "years">(key: K, value: string) =>
    onChange({ ...filters, [key]: filters[key].filter((item) => item !== value) });
  const chips: FilterChip[] = [
    ...filters.issuers.map((id) => ({
      key: `issuer:${id}`,
      label: registries.issuingBodies.find((body) => body.id === id)?.acronym ?? id,
      onRemove: () => without("issuers", id),
    })),
    ...filters.sectors.map((id) => ({
      key: `sector:${id}`,
      label: registries.sectors.find((sector) => sector.id === id)?.nameEn ?? id,
      onRemove: () => without("sectors", id),
    })),
    ...filters.years.map((year) => ({
      key: `year:${year}`,
      label: describeTargetYearKey(year),
      onRemove: () => without("years", year),
    })),
    ...(filters.quantitativeOnly
      ? [
          {
            key: "quantitative",
            label: "With a number",
            onRemove: () => onChange({ ...filters, quantitativeOnly: false }),
          },
        ]
      : []),
  ];
  return <FilterChips chips={chips} onClearAll={() => onChange(EMPTY_TARGET_FILTERS)} />;
}
