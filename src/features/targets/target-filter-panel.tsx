import { useMemo } from "react";
import { CountedOption } from "@/components/filters/counted-option";
import { FacetMultiSelect } from "@/components/filters/facet-multi-select";
import { paths } from "@/config/paths";
import type { Registries, Target } from "@/data/model";
import { toIssuerFacetOptions } from "@/domain/facets/issuer-options";
import type { TargetFacetCounts } from "@/domain/targets/filter-targets";
import { toSectorFacetOptions } from "@/domain/facets/sector-options";
import {
  compareTargetYearKeys,
  describeTargetYearKey,
  toTargetYearKey,
} from "@/domain/targets/target-year";
import type { TargetFilters } from "@/domain/targets/targets-view";

const TARGET_NOUN = ["target"] as const;

interface TargetFilterPanelProps {
  /** Every target loaded: the options offered are the values that occur in them. */
  targets: readonly Target[];
  registries: Registries;
  filters: TargetFilters;
  counts: TargetFacetCounts;
  onChange: (filters: TargetFilters) => void;
}

/** Sector, issuing body, target year and "with a number": OR within a facet, AND across. */
export function TargetFilterPanel({
  targets,
  registries,
  filters,
  counts,
  onChange,
}: TargetFilterPanelProps) {
  const options = useMemo(() => {
    const issuerIds = new Set(targets.flatMap((t) => t.issuingBodies.map((body) => body.id)));
    const sectorIds = new Set(targets.map((t) => t.sector.id));
    return {
      issuers: toIssuerFacetOptions(registries.issuingBodies, counts.issuers, issuerIds),
      sectors: toSectorFacetOptions(registries.sectors, counts.sectors, sectorIds),
      years: [...new Set([...targets.map(toTargetYearKey), ...filters.years])].sort(
        compareTargetYearKeys,
      ),
    };
  }, [targets, registries, filters.years, counts]);

  const toggleYear = (year: TargetFilters["years"][number]) =>
    onChange({
      ...filters,
      years: filters.years.includes(year)
        ? filters.years.filter((key) => key !== year)
        : [...filters.years, year],
    });

  return (
    <div className="grid gap-5 md:grid-cols-2 lg:grid-cols-1">
      <FacetMultiSelect
        label="Issuing body"
        options={options.issuers}
        selected={filters.issuers}
        onChange={(issuers) => onChange({ ...filters, issuers })}
        searchPlaceholder="MIIT, 工信部, Ministry of…"
        pageOf={(id) => paths.body.href(id)}
      />
      <FacetMultiSelect
        label="Sector"
        options={options.sectors}
        selected={filters.sectors}
        onChange={(sectors) => onChange({ ...filters, sectors })}
        searchPlaceholder="Energy, 半导体…"
      />
      <fieldset className="flex flex-col gap-1.5 text-sm">
        <legend className="mb-1.5 font-medium">Target year</legend>
        {options.years.map((year) => (
          <CountedOption
            key={year}
            type="checkbox"
            checked={filters.years.includes(year)}
            onChange={() => toggleYear(year)}
            label={describeTargetYearKey(year)}
            count={counts.years.get(year) ?? 0}
            noun={TARGET_NOUN}
          />
        ))}
      </fieldset>
      <div className="text-sm font-medium">
        <CountedOption
          type="checkbox"
          checked={filters.quantitativeOnly}
          onChange={(quantitativeOnly) => onChange({ ...filters, quantitativeOnly })}
          label="Only targets with a number"
          count={counts.quantitative}
          noun={TARGET_NOUN}
        />
      </div>
    </div>
  );
}
