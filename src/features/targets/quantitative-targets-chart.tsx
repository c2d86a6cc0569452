import { ChartFigure } from "@/components/chart-figure/chart-figure";
import { DeferredPart } from "@/components/deferred/deferred-part";
import { preloaded } from "@/components/deferred/preloaded";
import { EmptyState } from "@/components/feedback/empty-state";
import { ChoiceGroup } from "@/components/ui/choice-group";
import type { UnitGroup } from "@/domain/targets/quantitative-targets";
import type { TargetChartFrame } from "@/features/targets/chart-frame";
import { capitalise, toQuantitativeChartSpec } from "@/features/targets/quantitative-chart-spec";
import { useQuantitativeChartModel } from "@/features/targets/quantitative-chart-model";

// The plot, Recharts and all, is a module of its own: the frame shows without it. The plots are
// what the Targets page is for, so their code loads with the page's, beside the data.
const loadPlot = preloaded(() => import("@/features/targets/quantitative-targets-plot"));

interface QuantitativeTargetsChartProps {
  groups: readonly UnitGroup[];
  /** The unit drawn; null when no target in view has a number. */
  group: UnitGroup | null;
  frame: TargetChartFrame;
  onUnitChange: (unit: string) => void;
}

/**
 * The numbers of one unit side by side: reductions left of zero, increases and levels to reach
 * right of it. Units never share an axis; a choice switches between them.
 */
export function QuantitativeTargetsChart({
  groups,
  group,
  frame,
  onUnitChange,
}: QuantitativeTargetsChartProps) {
  const model = useQuantitativeChartModel(group);
  const spec = toQuantitativeChartSpec(group, model.drawn, frame);

  return (
    <ChartFigure spec={spec}>
      {groups.length > 1 && group && (
        <ChoiceGroup
          label="Unit"
          options={groups.map(({ unit, rows: inUnit }) => ({
            value: unit,
            label: `${capitalise(unit)} (${inUnit.length})`,
          }))}
          value={group.unit}
          onChange={onUnitChange}
        />
      )}
      {group ? (
        <DeferredPart height={model.height} load={loadPlot}>
          {({ QuantitativeTargetsPlot }, width) => (
            <QuantitativeTargetsPlot
              model={model}
              unit={group.unit}
              width={width}
              frame={frame}
              title={spec.title}
            />
          )}
        </DeferredPart>
      ) : (
        <EmptyState title="No target in view has a number">
          Widen the filters to compare values.
        </EmptyState>
      )}
    </ChartFigure>
  );
}
