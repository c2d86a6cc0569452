import { memo, useMemo, useState } from "react";
import { FacetMultiSelect } from "@/components/filters/facet-multi-select";
import { paths } from "@/config/paths";
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
  bodies,
  sectors,
  occurring,
  update,
}: {
  filter: PolicyFilter;
  counts: FacetCounts;
  bodies: readonly IssuingBody[];
  sectors: readonly Sector[];
  /** Ids of the bodies and sectors of at least one loaded policy. */
  occurring: { issuers: ReadonlySet<string>; sectors: ReadonlySet<string> };
  update: UpdateTimeline;
}) {
  const issuerOptions = useMemo(
    () => toIssuerFacetOptions(bodies, counts.issuers, occurring.issuers),
    [bodies, counts.issuers, occurring.issuers],
  );
  const sectorOptions = useMemo(
    () => toSectorFacetOptions(sectors, counts.sectors, occurring.sectors),
    [sectors, counts.sectors, occurring.sectors],
  );
  // On narrow screens the filters fold away above the chart; on a laptop they are a sidebar.
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="timeline-filters-title" className="space-y-5">
      <h2 id="timeline-filters-title" className="sr-only">
        Filters
      </h2>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="timeline-filter-fields"
        onClick={() => setOpen((shown) => !shown)}
        className="rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium lg:hidden dark:border-stone-700"
      >
        {open ? "Hide filters" : "Show filters"}
      </button>
      <div id="timeline-filter-fields" className={`space-y-5 ${open ? "" : "max-lg:hidden"}`}>
        <TextFilter filter={filter} update={update} />
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
        <KindFilter filter={filter} counts={counts.kinds} update={update} />
        <DateRangeFilter filter={filter} update={update} />
      </div>
    </section>
  );
});
