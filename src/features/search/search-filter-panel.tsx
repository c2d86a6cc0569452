import { useId, useMemo } from "react";
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

const INPUT =
  "w-full rounded-md border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-700 dark:bg-stone-900 dark:[color-scheme:dark]";
const NO_COUNTS: ReadonlyMap<string, number> = new Map();
const NONE: ReadonlySet<string> = new Set();

/** Kind, issuing body, sector and date: the filters the other pages use, on search results. */
export function SearchFilterPanel({
  filters,
  counts,
  occurring,
  registries,
  onChange,
}: SearchFilterPanelProps) {
  const id = useId();
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
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={filters.kinds.includes(kind)}
                  onChange={() => toggleKind(kind)}
                />
                <span className="flex-1">{SEARCH_KIND_LABELS[kind]}</span>
                <span className="tabular-nums text-xs text-stone-600 dark:text-stone-400">
                  {counts?.kinds.get(kind) ?? 0}
                </span>
              </label>
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
        <div className="grid grid-cols-2 gap-2">
          <label
            htmlFor={`${id}-from`}
            className="flex flex-col gap-0.5 text-xs text-stone-600 dark:text-stone-400"
          >
            From
            <input
              id={`${id}-from`}
              type="date"
              value={filters.from ?? ""}
              max={filters.to ?? undefined}
              onChange={(event) => change({ from: event.target.value || null }, { replace: true })}
              className={INPUT}
            />
          </label>
          <label
            htmlFor={`${id}-to`}
            className="flex flex-col gap-0.5 text-xs text-stone-600 dark:text-stone-400"
          >
            To
            <input
              id={`${id}-to`}
              type="date"
              value={filters.to ?? ""}
              min={filters.from ?? undefined}
              onChange={(event) => change({ to: event.target.value || null }, { replace: true })}
              className={INPUT}
            />
          </label>
        </div>
      </fieldset>
    </div>
  );
}
