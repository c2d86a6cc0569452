import type { BarShapeProps } from "recharts";
import type { BarLook } from "@/components/charts/bar-plot";
import { readableTextColor } from "@/components/charts/chart-palette";
import { TICK_FONT_SIZE } from "@/components/charts/chart-tokens";
import {
  describeTargetQuantity,
  formatCompactAmount,
} from "@/domain/targets/describe-target-quantity";
import { estimateTextWidth } from "@/domain/targets/layout-axis-labels";
import type { QuantitativeRow } from "@/domain/targets/quantitative-targets";
import { focusBarLook, type TargetChartFrame } from "@/features/targets/chart-frame";
import { capitalise } from "@/features/targets/quantitative-chart-spec";
import { DIRECTION_STYLES } from "@/features/targets/target-chart-palette";

/**
 * One figure's bar with its amount ("> 30%") at the outer end: inside the bar when it fits,
 * beside it otherwise, so short bars keep a readable label.
 */
export function quantitativeBarLook(
  row: QuantitativeRow,
  shape: BarShapeProps,
  frame: TargetChartFrame,
): BarLook {
  const fill = DIRECTION_STYLES[row.direction].color;
  const text = formatCompactAmount(row);
  const fitsInside = Math.abs(shape.width) >= estimateTextWidth(text, TICK_FONT_SIZE) + 12;
  const left = Math.min(shape.x, shape.x + shape.width);
  const right = Math.max(shape.x, shape.x + shape.width);
  const isReduction = row.signedValue < 0;
  return {
    fill,
    label: `${capitalise(row.metric)}: ${describeTargetQuantity(row)}`,
    ...focusBarLook(frame, { target: row.targetId }),
    children: (
      <text
        x={fitsInside ? (isReduction ? left + 6 : right - 6) : isReduction ? left - 4 : right + 4}
        y={shape.y + shape.height / 2}
        dy="0.35em"
        fontSize={TICK_FONT_SIZE}
        textAnchor={fitsInside === isReduction ? "start" : "end"}
        fill={fitsInside ? readableTextColor(fill) : undefined}
        className={fitsInside ? undefined : "fill-stone-700 dark:fill-stone-200"}
      >
        {text}
      </text>
    ),
  };
}
