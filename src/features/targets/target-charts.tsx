import { useStagedCount } from "@/components/deferred/use-staged-count";
import type { SectorAggregation } from "@/domain/targets/aggregate-targets-by-sector";
import type { UnitGroup } from "@/domain/targets/quantitative-targets";
import type { DeadlineRow } from "@/domain/targets/target-deadlines";
import type { SectorBreakdown } from "@/domain/targets/targets-view";
import type { TargetChartFrame } from "@/features/targets/chart-frame";
import { QuantitativeTargetsChart } from "@/features/targets/quantitative-targets-chart";
import { TargetDeadlinesChart } from "@/features/targets/target-deadlines-chart";
import { TargetsBySectorChart } from "@/features/targets/targets-by-sector-chart";

interface TargetChartsProps {
  frame: TargetChartFrame;
  sectorAggregation: SectorAggregation;
  unitGroups: readonly UnitGroup[];
  unitGroup: UnitGroup | null;
  deadlines: readonly DeadlineRow[];
  onBreakdownChange: (breakdown: SectorBreakdown) => void;
  onUnitChange: (unit: string) => void;
}

/** The three charts of the Targets page: one module, so Recharts loads after the page shows. */
export function TargetCharts({
  frame,
  sectorAggregation,
  onBreakdownChange,
  ...later
}: TargetChartsProps) {
  return (
    <>
      <TargetsBySectorChart
        aggregation={sectorAggregation}
        frame={frame}
        onBreakdownChange={onBreakdownChange}
      />
      <LaterCharts frame={frame} {...later} />
    </>
  );
}

type LaterChartsProps = Pick<
  TargetChartsProps,
  "frame" | "unitGroups" | "unitGroup" | "deadlines" | "onUnitChange"
>;

/**
 * The charts under the first one, each mounted in a task of its own (a Recharts chart takes
 * about 100 ms to mount on the project machine); the placeholders hold their place meanwhile.
 * Staged here, so the first chart does not re-render as they arrive.
 */
function LaterCharts({ frame, unitGroups, unitGroup, deadlines, onUnitChange }: LaterChartsProps) {
  const shown = useStagedCount(3);
  return (
    <>
      {shown >= 2 ? (
        <QuantitativeTargetsChart
          groups={unitGroups}
          group={unitGroup}
          frame={frame}
          onUnitChange={onUnitChange}
        />
      ) : (
        <ChartPlaceholder />
      )}
      {shown >= 3 ? <TargetDeadlinesChart rows={deadlines} frame={frame} /> : <ChartPlaceholder />}
    </>
  );
}

/** About a chart's height, so the list below starts out of view and stays there. */
function ChartPlaceholder() {
  return <div aria-hidden="true" className="h-96" />;
}
