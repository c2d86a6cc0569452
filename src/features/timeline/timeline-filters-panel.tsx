import { FiltersDisclosure } from "@/components/filters/filters-disclosure";
import { memo, useMemo } from "react";
import { FacetMultiSelect } from "@/components/filters/facet-multi-select";
import { paths } from "@/config/paths";
import type { ItemKind } from "@/core/item-kinds";
import type { IssuingBody, Sector } from "@/data/model";
import { toIssuerFacetOptions } from "@/domain/facets/issuer-options";
import { toSectorFacetOptions } from "@/domain/facets/sector-options";
import type { FacetCounts } from "@/domain/timeline/filter-policies";
import type { PolicyFilter } from "@/domain/timeline/timeline-filters";
import { IssuerRoleFilter } from "@/features/timeline/issuer-role-filter";
import { DateRangeFilter, KindFilter, TextFilter } from "@/features/timeline/policy-field-filters";
import type { UpdateTimeline } from "@/features/timeline/use-timeline-state";

/**
 * Every filter of the Timeline page; each option shows its count under the other filters.
 * Memoised: a zoom written to the URL re-renders the page but changes no filter.
 */
export const TimelineFiltersPanel = memo(function TimelineFiltersPanel({
  filter,
  counts,
  activeCount,
  bodies,
  sectors,
  occurring,
  update,
  onTypingDone,
  className,
}: {
  filter: PolicyFilter;
  counts: FacetCounts;
  /** Filter values in force, shown on the narrow screen's "Filters" button. */
  activeCount: number;
  bodies: readonly IssuingBody[];
  sectors: readonly Sector[];
  /** Ids of the bodies and sectors, and the kinds, of at least one loaded policy. */
  occurring: {
    issuers: ReadonlySet<string>;
    sectors: ReadonlySet<string>;
    kinds: ReadonlySet<ItemKind>;
  };
  update: UpdateTimeline;
  /** The text field lost focus: write what was typed into the URL now. */
  onTypingDone: () => void;
  className?: string;
}) {
  const issuerOptions = useMemo(
    () => toIssuerFacetOptions(bodies, counts.issuers, occurring.issuers),
    [bodies, counts.issuers, occurring.issuers],
  );
  const sectorOptions = useMemo(
    () => toSectorFacetOptions(sectors, counts.sectors, occurring.sectors),
    [sectors, counts.sectors, occurring.sectors],
  );
  return (
    <FiltersDisclosure activeCount={activeCount} className={className}>
      <div className="space-y-5">
        <TextFilter filter={filter} update={update} onBlur={onTypingDone} />
        <div className="space-y-3">
          <FacetMultiSelect
            label="Issuing body"
            options={issuerOptions}
            selected={filter.issuers}
            searchPlaceholder="MIIT, energy, 工信部…"
            pageOf={(id) => paths.body.href(id)}
            onChange={(issuers) =>
              update({ issuers, match: issuers.length > 1 ? filter.match : "any" })
            }
          />
          <IssuerRoleFilter filter={filter} update={update} />
        </div>
        <FacetMultiSelect
          label="Sector"
          options={sectorOptions}
          selected={filter.sectors}
          onChange={(next) => update({ sectors: next })}
        />
        <KindFilter
          filter={filter}
          counts={counts.kinds}
          occurring={occurring.kinds}
          update={update}
        />
        <DateRangeFilter filter={filter} update={update} />
      </div>
    </FiltersDisclosure>
  );
});
