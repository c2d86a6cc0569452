import { useMemo } from "react";
import { DateField } from "@/components/ui/date-field";
import { CountedOption } from "@/components/filters/counted-option";
import { FacetMultiSelect } from "@/components/filters/facet-multi-select";
import { paths } from "@/config/paths";
import type { Registries } from "@/data/model";
import { toIssuerFacetOptions } from "@/domain/facets/issuer-options";
import { toSectorFacetOptions } from "@/domain/facets/sector-options";
import type { SearchFacetCounts, SearchFacetValues } from "@/domain/search/count-search-facets";
import { SEARCH_KIND_LABELS } from "@/domain/search/describe-search-hit";
import { SEARCH_KINDS } from "@/domain/search/search-documents";
import type { SearchFilters } from "@/domain/search/search-filters";
import { startInteraction } from "@/lib/perf";
import type { UpdateSearchFilters } from "@/features/search/use-search-page-state";

interface SearchFilterPanelProps {
  filters: SearchFilters;
  counts: SearchFacetCounts | null;
  /** Values some record has; null while the index is built. */
  occurring: SearchFacetValues | null;
  registries: Registries;
  onChange: UpdateSearchFilters;
}

const NO_COUNTS: ReadonlyMap<string, number> = new Map();
const RESULT_NOUN = ["result"] as const;
const NONE: ReadonlySet<string> = new Set();

/** Kind, issuing body, sector and date: the filters the other pages use, on search results. */
export function SearchFilterPanel({
  filters,
  counts,
  occurring,
  registries,
  onChange,
}: SearchFilterPanelProps) {
  const change: UpdateSearchFilters = (next, options) => {
    startInteraction("search:filter");
    onChange(next, options);
  };
  const issuerOptions = useMemo(
    () =>
      toIssuerFacetOptions(
        registries.issuingBodies,
        counts?.issuers ?? NO_COUNTS,
        occurring?.issuers ?? NONE,
      ),
    [registries.issuingBodies, counts, occurring],
  );
  const sectorOptions = useMemo(
    () =>
      toSectorFacetOptions(
        registries.sectors,
        counts?.sectors ?? NO_COUNTS,
        occurring?.sectors ?? NONE,
      ),
    [registries.sectors, counts, occurring],
  );
  const toggleKind = (kind: (typeof SEARCH_KINDS)[number]) =>
    change({
      kinds: filters.kinds.includes(kind)
        ? filters.kinds.filter((k) => k !== kind)
        : SEARCH_KINDS.filter((k) => k === kind || filters.kinds.includes(k)),
    });
  return (
    <div className="flex flex-col gap-5">
      <fieldset>
        <legend className="mb-1.5 text-sm font-medium">Kind</legend>
        <ul className="space-y-1 text-sm">
          {SEARCH_KINDS.map((kind) => (
            <li key={kind}>
              <CountedOption
                type="checkbox"
                checked={filters.kinds.includes(kind)}
                onChange={() => toggleKind(kind)}
                label={SEARCH_KIND_LABELS[kind]}
                count={counts ? (counts.kinds.get(kind) ?? 0) : null}
                noun={RESULT_NOUN}
              />
            </li>
          ))}
        </ul>
      </fieldset>
      <FacetMultiSelect
        label="Issuing body"
        options={issuerOptions}
        selected={filters.issuers}
        onChange={(issuers) => change({ issuers })}
        searchPlaceholder="Acronym or name, e.g. 工信部"
        pageOf={(id) => paths.body.href(id)}
      />
      <FacetMultiSelect
        label="Sector"
        options={sectorOptions}
        selected={filters.sectors}
        onChange={(sectors) => change({ sectors })}
        searchPlaceholder="English or Chinese name"
      />
      <fieldset>
        <legend className="mb-1.5 text-sm font-medium">Date</legend>
        <div className="flex gap-2">
          <DateField
            label="From"
            value={filters.from}
            onChange={(from) => change({ from }, { replace: true })}
          />
          <DateField
            label="To"
            value={filters.to}
            onChange={(to) => change({ to }, { replace: true })}
          />
        </div>
      </fieldset>
    </div>
  );
}
