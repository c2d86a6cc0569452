import { FiltersDisclosure } from "@/components/filters/filters-disclosure";
import { EmptyState } from "@/components/feedback/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { useLoadedDataset } from "@/data/dataset-query";
import { isQuantitative, showsSelection } from "@/domain/targets/filter-targets";
import { EMPTY_TARGET_FILTERS } from "@/domain/targets/targets-view";
import { pluralTargets, type TargetChartFrame } from "@/features/targets/chart-frame";
import { TargetCharts } from "@/features/targets/target-charts";
import { TargetFilterChips } from "@/features/targets/target-filter-chips";
import { TargetFilterPanel } from "@/features/targets/target-filter-panel";
import { TargetList } from "@/features/targets/target-list";
import { useTargetsPageData } from "@/features/targets/use-targets-page-data";
import { useTargetsView } from "@/features/targets/use-targets-view";
import { Button } from "@/components/ui/button";
import { countText, pluralNoun } from "@/lib/count-text";

/** The Targets page: filters beside three charts, and the targets they select below. */
export function TargetsDashboard() {
  const dataset = useLoadedDataset();
  const { view, setFilters, setBreakdown, setUnit, setFocus } = useTargetsView();
  const data = useTargetsPageData(dataset, view);
  const quantitativeCount = dataset.targets.filter(isQuantitative).length;
  const fromTop5 = dataset.targets.filter(
    (target) => data.policies.get(target.policyId)?.kind === "top5",
  ).length;
  const fromNews = dataset.targets.length - fromTop5;
  const frame: TargetChartFrame = {
    subtitle: data.subtitle,
    source: data.source,
    filterSlug: data.filterSlug,
    focus: view.focus,
    onFocus: setFocus,
    isLit: (element) => showsSelection(data.listed, view.focus, element),
  };
  return (
    <>
      <PageHeader title="Targets by sector">
        {pluralTargets(dataset.targets.length)} from {countText(dataset.briefs.length, "brief")}:{" "}
        {fromTop5} Top 5 {pluralNoun(fromTop5, "bullet")}
        {fromNews > 0 && ` and ${fromNews} from policy news`}, {quantitativeCount} with numbers
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <FiltersDisclosure
          activeCount={
            view.filters.issuers.length +
            view.filters.sectors.length +
            view.filters.years.length +
            (view.filters.quantitativeOnly ? 1 : 0)
          }
        >
          <TargetFilterPanel
            targets={dataset.targets}
            registries={dataset.registries}
            filters={view.filters}
            counts={data.facetCounts}
            onChange={setFilters}
          />
        </FiltersDisclosure>
        <div className="min-w-0 space-y-6">
          <TargetFilterChips
            filters={view.filters}
            registries={dataset.registries}
            onChange={setFilters}
          />
          {data.filtered.length === 0 ? (
            <EmptyState title="No targets match these filters">
              <Button onClick={() => setFilters(EMPTY_TARGET_FILTERS)} variant="accent-link">
                Clear all filters
              </Button>
            </EmptyState>
          ) : (
            <>
              <TargetCharts
                frame={frame}
                sectorAggregation={data.sectorAggregation}
                unitGroups={data.unitGroups}
                unitGroup={data.unitGroup}
                deadlines={data.deadlines}
                onBreakdownChange={setBreakdown}
                onUnitChange={setUnit}
              />
              <TargetList
                targets={data.listed}
                inViewCount={data.filtered.length}
                policies={data.policies}
                focusDescription={data.focusDescription}
                onClearFocus={() => setFocus({})}
              />
            </>
          )}
        </div>
      </div>
    </>
  );
}
