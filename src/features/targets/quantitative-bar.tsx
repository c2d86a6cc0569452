import type { BarShapeProps } from "recharts";
import {
  describeTargetQuantity,
  formatCompactAmount,
} from "@/domain/targets/describe-target-quantity";
import { estimateTextWidth } from "@/domain/targets/layout-axis-labels";
import type { QuantitativeRow } from "@/domain/targets/quantitative-targets";
import { isSameFocus } from "@/domain/targets/targets-view";
import { TICK_FONT_SIZE } from "@/features/targets/category-tick";
import type { TargetChartFrame } from "@/features/targets/chart-frame";
import { FocusableBar } from "@/components/charts/focusable-bar";
import { capitalise } from "@/features/targets/quantitative-chart-spec";
import { DIRECTION_STYLES, readableTextColor } from "@/features/targets/target-chart-palette";

/**
 * One figure's bar with its amount ("> 30%") at the outer end: inside the bar when it fits,
 * beside it otherwise, so short bars keep a readable label.
 */
export function QuantitativeBar({
  shape,
  row,
  frame,
}: {
  shape: BarShapeProps;
  row: QuantitativeRow;
  frame: TargetChartFrame;
}) {
  const fill = DIRECTION_STYLES[row.direction].color;
  const text = formatCompactAmount(row);
  const fitsInside = Math.abs(shape.width) >= estimateTextWidth(text, TICK_FONT_SIZE) + 12;
  const left = Math.min(shape.x, shape.x + shape.width);
  const right = Math.max(shape.x, shape.x + shape.width);
  const isReduction = row.signedValue < 0;
  const focus = { target: row.targetId };
  const selected = isSameFocus(frame.focus, focus);
  return (
    <FocusableBar
      x={shape.x}
      y={shape.y}
      width={shape.width}
      height={shape.height}
      fill={fill}
      label={`${capitalise(row.metric)}: ${describeTargetQuantity(row)}`}
      selected={selected}
      dimmed={!frame.isLit(focus)}
      onSelect={() => frame.onFocus(selected ? {} : focus)}
    >
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
    </FocusableBar>
  );
}
