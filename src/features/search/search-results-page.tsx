import { FiltersDisclosure } from "@/components/filters/filters-disclosure";
import { formatIsoDate } from "@/core/calendar-date";
import { useId, useState } from "react";
import { EmptyState } from "@/components/feedback/empty-state";
import { LoadingState } from "@/components/feedback/loading-state";
import { FilterChips, type FilterChip } from "@/components/filters/filter-chips";
import { PageHeader } from "@/components/ui/page-header";
import type { Dataset } from "@/data/model";
import { SEARCH_KIND_LABELS } from "@/domain/search/describe-search-hit";
import { NO_SEARCH_FILTERS, type SearchFilters } from "@/domain/search/search-filters";
import { startInteraction } from "@/lib/perf";
import { SearchFilterPanel } from "@/features/search/search-filter-panel";
import { SearchResultGroup } from "@/features/search/search-result-group";
import { useSearchPageResults } from "@/features/search/use-search-page-results";
import {
  useSearchPageState,
  type UpdateSearchFilters,
} from "@/features/search/use-search-page-state";
import { countText } from "@/lib/count-text";

/** Hits per kind when every kind shows; one kind alone shows pages of PAGE hits. */
const PER_KIND = 5;
const PAGE = 50;

function toChips(
  filters: SearchFilters,
  dataset: Dataset,
  onChange: (change: Partial<SearchFilters>) => void,
): FilterChip[] {
  const { issuingBodies, sectors } = dataset.registries;
  const name = <T extends { id: string }>(
    list: readonly T[],
    id: string,
    label: (item: T) => string,
  ) => {
    const item = list.find((candidate) => candidate.id === id);
    return item ? label(item) : id;
  };
  return [
    ...filters.kinds.map((kind) => ({
      key: `kind:${kind}`,
      label: SEARCH_KIND_LABELS[kind],
      onRemove: () => onChange({ kinds: filters.kinds.filter((k) => k !== kind) }),
    })),
    ...filters.issuers.map((id) => ({
      key: `issuer:${id}`,
      label: name(issuingBodies, id, (body) => body.acronym),
      onRemove: () => onChange({ issuers: filters.issuers.filter((i) => i !== id) }),
    })),
    ...filters.sectors.map((id) => ({
      key: `sector:${id}`,
      label: name(sectors, id, (sector) => sector.nameEn),
      onRemove: () => onChange({ sectors: filters.sectors.filter((s) => s !== id) }),
    })),
    ...(filters.from
      ? [
          {
            key: "from",
            label: `From ${formatIsoDate(filters.from, "short")}`,
            onRemove: () => onChange({ from: null }),
          },
        ]
      : []),
    ...(filters.to
      ? [
          {
            key: "to",
            label: `Until ${formatIsoDate(filters.to, "short")}`,
            onRemove: () => onChange({ to: null }),
          },
        ]
      : []),
  ];
}

/**
 * Every kind of record searched at once, with the filters the other pages use; the query and
 * filters live in the URL, so a search can be bookmarked and shared.
 */
export function SearchResultsPage({ dataset }: { dataset: Dataset }) {
  const id = useId();
  const { query, filters, setQuery, commitQuery, setFilters: updateFilters } = useSearchPageState();
  const [pages, setPages] = useState(1);
  const setFilters: UpdateSearchFilters = (change, options) => {
    setPages(1);
    updateFilters(change, options);
  };
  const isSingleKind = filters.kinds.length === 1;
  const limit = isSingleKind ? PAGE * pages : PER_KIND;
  const { state, results, facets, facetValues, isStale } = useSearchPageResults(
    dataset,
    query,
    filters,
    limit,
  );
  const chips = toChips(filters, dataset, setFilters);
  return (
    <>
      <PageHeader title="Search">
        Policies, targets, corporate news, companies, issuing bodies and briefs, in English or
        Chinese.
      </PageHeader>
      <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
        <FiltersDisclosure activeCount={chips.length}>
          <SearchFilterPanel
            filters={filters}
            counts={facets}
            occurring={facetValues}
            registries={dataset.registries}
            onChange={setFilters}
          />
        </FiltersDisclosure>
        <div className="min-w-0 space-y-6">
          <div>
            <label htmlFor={`${id}-query`} className="mb-1 block text-sm font-medium">
              Search for
            </label>
            <input
              id={`${id}-query`}
              type="search"
              value={query}
              onChange={(event) => {
                startInteraction("search:query");
                setPages(1);
                setQuery(event.target.value);
              }}
              onBlur={commitQuery}
              placeholder="e.g. IPv6, 铸造, Volkswagen, NEA"
              className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900"
            />
          </div>
          <FilterChips chips={chips} onClearAll={() => setFilters(NO_SEARCH_FILTERS)} />
          {state.status !== "ready" ? (
            <LoadingState label="Preparing search" />
          ) : !query.trim() ? (
            <EmptyState title="Type a word to search">
              Acronyms, names and aliases work in either language: MIIT, 工信部, VW, 大众汽车.
            </EmptyState>
          ) : results === null || results.total === 0 ? (
            <EmptyState title={`Nothing found for “${query.trim()}”`}>
              Try fewer words, another spelling, or remove a filter.
            </EmptyState>
          ) : (
            <div className={`space-y-8 ${isStale ? "opacity-70" : ""}`}>
              <p role="status" className="text-sm text-stone-600 dark:text-stone-400">
                {countText(results.total, "result")} for “{query.trim()}”
              </p>
              {results.groups.map((group) => (
                <SearchResultGroup
                  key={group.kind}
                  group={group}
                  highlight={results.highlight}
                  showMoreLabel={
                    isSingleKind
                      ? `Show ${Math.min(PAGE, group.total - group.hits.length)} more`
                      : `Show all ${group.total} ${SEARCH_KIND_LABELS[group.kind].toLowerCase()}`
                  }
                  onShowMore={() =>
                    isSingleKind ? setPages(pages + 1) : setFilters({ kinds: [group.kind] })
                  }
                />
              ))}
            </div>
          )}
        </div>
      </div>
    </>
  );
}
