import { FiltersDisclosure } from "@/components/filters/filters-disclosure";
import { useCallback, useMemo } from "react";
import { useStagedCount } from "@/components/deferred/use-staged-count";
import { EmptyState } from "@/components/feedback/empty-state";
import { useLoadedDataset } from "@/data/dataset-query";
import type { NewsNameLookup } from "@/domain/news/describe-news-filters";
import { isDealKind } from "@/core/deal-kinds";
import {
  toggleSoleCountry,
  toggleSoleValue,
  type NewsChartDimension,
} from "@/domain/news/news-filters";
import { listQuarters } from "@/domain/news/quarters";
import { selectBriefSourceLines } from "@/domain/derived/dataset-derived";
import { startInteraction, useInteractionMeasure } from "@/lib/perf";
import { NewsFilterChips } from "@/features/news/news-filter-chips";
import { NewsFilterPanel } from "@/features/news/news-filter-panel";
import { NewsList } from "@/features/news/news-list";
import { NewsListHeader } from "@/features/news/news-list-header";
import { NewsSummaryChart } from "@/features/news/news-summary-chart";
import { useNewsFilters, type NewsFiltersChange } from "@/features/news/use-news-filters";
import { useNewsResults, usePrebuiltTextIndex } from "@/features/news/use-news-results";
import { Button } from "@/components/ui/button";

/**
 * The Corporate news explorer: filters beside the list, the active filters as chips, a summary
 * chart and the virtualised list. Everything it shows follows the URL; the search box and the
 * list follow typing even before it reaches the URL (see useNewsFilters).
 */
export function NewsExplorer() {
  const dataset = useLoadedDataset();
  const {
    filters: requested,
    urlFilters,
    update,
    setQuery,
    commitQuery,
    clearFilters,
  } = useNewsFilters();
  const { index, filters, result, summary, options } = useNewsResults(
    dataset,
    requested,
    urlFilters,
  );
  // The list (the virtualizer measures every row it draws) mounts in the task after the chart:
  // two shorter tasks instead of one that blocks input. Nothing below it can move.
  const listShown = useStagedCount(2) === 2;
  usePrebuiltTextIndex(index, listShown);
  useInteractionMeasure("news:search", [result]);
  useInteractionMeasure("news:filter", [result]);

  const names = useMemo<NewsNameLookup>(
    () => ({
      company: (id) => index.companies[index.companyNumber.get(id) ?? -1]?.name,
      country: (code) => index.countries[index.countryNumber.get(code) ?? -1]?.nameEn,
      sector: (id) => index.sectors[index.sectorNumber.get(id) ?? -1]?.nameEn,
    }),
    [index],
  );
  const briefLabels = selectBriefSourceLines(dataset);
  const quarters = useMemo(
    () => listQuarters(index.itemOrdinal.at(-1) ?? NaN, index.itemOrdinal.at(0) ?? NaN),
    [index],
  );
  const change = useCallback(
    (next: NewsFiltersChange) => {
      startInteraction("news:filter");
      update(next);
    },
    [update],
  );
  const clearAll = useCallback(() => {
    startInteraction("news:filter");
    clearFilters();
  }, [clearFilters]);
  const selectBar = useCallback(
    (dimension: NewsChartDimension, key: string) =>
      change((current) => {
        if (dimension === "country") return toggleSoleCountry(current, key, "company");
        if (dimension === "place") return toggleSoleCountry(current, key, "place");
        if (dimension === "company") return { companies: toggleSoleValue(current.companies, key) };
        return isDealKind(key) ? { dealKinds: toggleSoleValue(current.dealKinds, key) } : {};
      }),
    [change],
  );
  const selectChart = useCallback((chart: NewsChartDimension) => update({ chart }), [update]);
  const selectCompany = useCallback(
    (id: string) => change((f) => ({ companies: toggleSoleValue(f.companies, id) })),
    [change],
  );
  const selectCountry = useCallback(
    (code: string) => change((f) => toggleSoleCountry(f, code, "company")),
    [change],
  );
  const selectPlace = useCallback(
    (code: string) => change((f) => toggleSoleCountry(f, code, "place")),
    [change],
  );
  const empty = useMemo(
    () => (
      <EmptyState title="No corporate news matches these filters">
        <Button onClick={clearAll} variant="link">
          Clear all filters
        </Button>
      </EmptyState>
    ),
    [clearAll],
  );
  const soleOf = (values: readonly string[]) => (values.length === 1 ? (values[0] ?? null) : null);

  return (
    <div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
      <FiltersDisclosure
        activeCount={
          summary.filters.companies.length +
          summary.filters.countries.length +
          summary.filters.dealKinds.length +
          summary.filters.sectors.length +
          (summary.filters.crossBorder ? 1 : 0) +
          (summary.filters.from ? 1 : 0) +
          (summary.filters.to ? 1 : 0)
        }
      >
        <NewsFilterPanel
          query={filters.query}
          onQueryChange={setQuery}
          onQueryCommit={commitQuery}
          filters={summary.filters}
          options={options}
          crossBorderCount={summary.result.counts.crossBorder}
          quarters={quarters}
          onChange={update}
        />
      </FiltersDisclosure>
      <div className="flex min-w-0 flex-col gap-4">
        <NewsFilterChips filters={filters} names={names} onChange={change} onClearAll={clearAll} />
        <NewsSummaryChart
          index={index}
          positions={summary.result.positions}
          filters={summary.filters}
          names={names}
          briefs={dataset.briefs}
          onDimensionChange={selectChart}
          onSelect={selectBar}
        />
        <section aria-label="News list">
          <NewsListHeader
            shown={result.positions.length}
            total={index.items.length}
            sort={filters.sort}
            onSortChange={(sort) => change({ sort })}
          />
          {listShown && (
            <NewsList
              index={index}
              positions={result.positions}
              terms={result.terms}
              briefLabels={briefLabels}
              empty={empty}
              soleCompany={soleOf(filters.companies)}
              soleCountry={filters.countryOf === "company" ? soleOf(filters.countries) : null}
              solePlace={filters.countryOf === "place" ? soleOf(filters.countries) : null}
              onCompany={selectCompany}
              onCountry={selectCountry}
              onPlace={selectPlace}
            />
          )}
        </section>
      </div>
    </div>
  );
}
