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

/**
 * The three charts of the Targets page. Their frames (title, words, data table) show with the
 * page; each plot, Recharts and all, draws after them in a task of its own (`DeferredPart`).
 */
export function TargetCharts({
  frame,
  sectorAggregation,
  unitGroups,
  unitGroup,
  deadlines,
  onBreakdownChange,
  onUnitChange,
}: TargetChartsProps) {
  return (
    <>
      <TargetsBySectorChart
        aggregation={sectorAggregation}
        frame={frame}
        onBreakdownChange={onBreakdownChange}
      />
      <QuantitativeTargetsChart
        groups={unitGroups}
        group={unitGroup}
        frame={frame}
        onUnitChange={onUnitChange}
      />
      <TargetDeadlinesChart rows={deadlines} frame={frame} />
    </>
  );
}
