import { useMemo, useState } from "react";
import { ErrorBoundary } from "react-error-boundary";
import { EmptyState } from "@/components/feedback/empty-state";
import { FilterChips } from "@/components/filters/filter-chips";
import type { IssuingBody } from "@/data/model";
import { ordinalToIso } from "@/core/calendar-date";
import { selectPolicyFacetValues } from "@/domain/derived/dataset-derived";
import { toFilterParts } from "@/domain/timeline/describe-filters";
import { selectDocumentPlace } from "@/domain/timeline/document-marks";
import { EMPTY_POLICY_FILTER, hasPolicyFilter } from "@/domain/timeline/timeline-filters";
import { startInteraction, useInteractionMeasure } from "@/lib/perf";
import { CoIssuanceView } from "@/features/timeline/co-issuance-view";
import { PanelErrorFallback } from "@/components/feedback/error-fallback";
import { PolicyDetailPanel } from "@/features/timeline/policy-detail-panel";
import { PolicyListView } from "@/features/timeline/policy-list-view";
import { TimelineChart } from "@/features/timeline/timeline-chart";
import { TimelineFiltersPanel } from "@/features/timeline/timeline-filters-panel";
import { useDetailFocus } from "@/features/timeline/use-detail-focus";
import { useTimelineData } from "@/features/timeline/use-timeline-data";
import { useTimelineState } from "@/features/timeline/use-timeline-state";
import { ViewSwitch } from "@/features/timeline/view-switch";
import { Button } from "@/components/ui/button";

/** The Timeline page: filters, chips, the chosen view and the details of one policy. */
export function TimelineExplorer() {
  useState(() => startInteraction("timeline:render"));
  const { filters, policyFilter, update, flush } = useTimelineState();
  const data = useTimelineData(policyFilter, filters.laneOrder);
  const { dataset, filtered, lookup, policyById } = data;
  useInteractionMeasure("timeline:filter", [filtered]);
  const { open, close } = useDetailFocus(filters.item, update);

  const selected = filters.item ? (policyById.get(filters.item) ?? null) : null;
  const occurring = selectPolicyFacetValues(dataset);
  const { documents } = data;
  const place = useMemo(
    () => selectDocumentPlace(selected, documents, dataset.briefs),
    [selected, documents, dataset.briefs],
  );
  const chips = toFilterParts(policyFilter, lookup).map((part) => ({
    key: part.key,
    label: part.label,
    onRemove: () => update(part.without),
  }));
  const clearFilters = () => update(EMPTY_POLICY_FILTER);
  // A cell shows the documents it counts: the pair's, under the filters that drew the matrix.
  // Bodies already required of every document stay required; an "any of" choice cannot.
  const pick = (a: IssuingBody, b: IssuingBody) => {
    const required =
      policyFilter.match === "all" || policyFilter.issuers.length === 1 ? policyFilter.issuers : [];
    const issuers = [...new Set([...required, a.id, b.id])];
    update({
      issuers,
      match: issuers.length > 1 ? "all" : "any",
      leadOnly: false,
      view: "timeline",
      range: null,
    });
  };
  const toggleIssuer = (id: string) => {
    const issuers = policyFilter.issuers.includes(id)
      ? policyFilter.issuers.filter((other) => other !== id)
      : [...policyFilter.issuers, id];
    update({ issuers, match: issuers.length > 1 ? policyFilter.match : "any" });
  };

  const empty =
    dataset.policies.length === 0 ? (
      <EmptyState title="No policies are loaded">
        Add a brief to public/data/index.json, or check the notice above for files that failed.
      </EmptyState>
    ) : (
      <EmptyState title="No policies match these filters">
        <p>Every lane is empty. Remove a filter above, or start again.</p>
        <Button onClick={clearFilters} variant="primary" className="mt-3">
          Clear all filters
        </Button>
      </EmptyState>
    );

  return (
    // On a wide screen the details open as a third column, the filters staying in view; between
    // the laptop and the wide width they take the filters' place; narrower, they are a drawer.
    <div
      className={`grid gap-6 ${filters.item === null ? "lg:grid-cols-[17rem_minmax(0,1fr)]" : "lg:grid-cols-[24rem_minmax(0,1fr)] xl:grid-cols-[15rem_minmax(0,1fr)_22rem]"}`}
    >
      <TimelineFiltersPanel
        filter={policyFilter}
        counts={data.counts}
        activeCount={chips.length}
        bodies={dataset.registries.issuingBodies}
        sectors={dataset.registries.sectors}
        occurring={occurring}
        update={update}
        onTypingDone={flush}
        className={filters.item === null ? "" : "lg:max-xl:hidden"}
      />
      <div className="min-w-0 space-y-4">
        <FilterChips chips={chips} onClearAll={clearFilters} />
        <ViewSwitch
          view={filters.view}
          laneOrder={filters.laneOrder}
          onView={(view) => update({ view })}
          onLaneOrder={(laneOrder) => update({ laneOrder })}
        />
        <ErrorBoundary FallbackComponent={PanelErrorFallback} resetKeys={[filters.view]}>
          {filtered.length === 0 || !data.filteredExtent || !data.dataExtent ? (
            empty
          ) : filters.view === "list" ? (
            <PolicyListView
              policies={filtered}
              sort={filters.sort}
              onSort={(sort) => update({ sort })}
              onOpen={open}
            />
          ) : filters.view === "co-issuance" ? (
            <CoIssuanceView
              policies={filtered}
              filter={policyFilter}
              lookup={lookup}
              briefs={data.briefsInView}
              onPick={pick}
            />
          ) : (
            <TimelineChart
              lanes={data.lanes}
              policies={filtered}
              dataExtent={data.dataExtent}
              filteredExtent={data.filteredExtent}
              filters={filters}
              policyFilter={policyFilter}
              lookup={lookup}
              briefs={data.briefsInView}
              selected={selected}
              documents={documents}
              update={update}
              onActivate={({ lane, mark }) => {
                if (mark?.type === "item") open(mark.entry.policy.id);
                else if (!mark && lane.lane.body) toggleIssuer(lane.lane.body.id);
              }}
              onShowDay={(day) =>
                update({ view: "list", from: ordinalToIso(day), to: ordinalToIso(day) })
              }
              onEscape={close}
            />
          )}
        </ErrorBoundary>
      </div>
      {filters.item !== null && (
        <PolicyDetailPanel
          policy={selected}
          missingId={selected ? null : filters.item}
          brief={dataset.briefs.find((brief) => brief.id === selected?.briefId) ?? null}
          targets={
            selected ? dataset.targets.filter((target) => target.policyId === selected.id) : []
          }
          mentions={place.mentions}
          stages={place.stages}
          onOpen={open}
          hiddenByFilters={
            selected !== null && hasPolicyFilter(policyFilter) && !filtered.includes(selected)
          }
          onClose={close}
          onShowAll={clearFilters}
        />
      )}
    </div>
  );
}
