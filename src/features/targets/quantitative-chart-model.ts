import { useMemo } from "react";
import { layoutAxisLabels } from "@/domain/targets/layout-axis-labels";
import { limitDrawnRows, toValueAxis, type UnitGroup } from "@/domain/targets/quantitative-targets";
import { TICK_FONT_SIZE, TICK_LINE_HEIGHT } from "@/components/charts/chart-tokens";
import { capitalise } from "@/features/targets/quantitative-chart-spec";

/** More bars than this stop being readable side by side; the list below has every figure. */
const MAX_BARS = 24;

/** What the quantitative chart's frame and its plot both draw from, derived once per unit. */
export function useQuantitativeChartModel(group: UnitGroup | null) {
  const drawn = useMemo(() => limitDrawnRows(group?.rows ?? [], MAX_BARS), [group]);
  const { rows } = drawn;
  const valueAxis = useMemo(() => toValueAxis(rows), [rows]);
  const labels = useMemo(
    () =>
      layoutAxisLabels(
        new Map(
          rows.map((row) => [
            row.rowId,
            [
              { text: capitalise(row.metric), lang: "en", tone: "primary", maxLines: 2 },
              { text: row.policyLabel, lang: "en", tone: "secondary", maxLines: 2 },
            ] as const,
          ]),
        ),
        { maxWidth: 190, fontSize: TICK_FONT_SIZE },
      ),
    [rows],
  );
  return {
    drawn,
    rows,
    valueAxis,
    labels,
    /** The plot's height in pixels: a band per figure and room for the axes. */
    height: rows.length * Math.max(labels.maxLines * TICK_LINE_HEIGHT + 14, 40) + 84,
  };
}

export type QuantitativeChartModel = ReturnType<typeof useQuantitativeChartModel>;
