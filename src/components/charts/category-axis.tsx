import type { YAxisProps } from "recharts";
import { TICK_FONT_SIZE, TICK_LINE_HEIGHT } from "@/components/charts/chart-tokens";
import {
  estimateTextWidth,
  type AxisLabelLayout,
  type LabelPart,
} from "@/domain/targets/layout-axis-labels";

/**
 * A category label of several lines (English name, Chinese name, a note), centred on its band
 * and right-aligned against the axis, as laid out by `layoutAxisLabels`.
 */
export function CategoryTick({
  x,
  y,
  lines,
}: {
  x: number | string;
  y: number | string;
  lines: readonly LabelPart[];
}) {
  const top = -((lines.length - 1) * TICK_LINE_HEIGHT) / 2;
  return (
    <text x={x} y={y} textAnchor="end" fontSize={TICK_FONT_SIZE}>
      {lines.map((line, at) => (
        <tspan
          key={at}
          x={x}
          dx={-6}
          dy={at === 0 ? top + TICK_FONT_SIZE * 0.35 : TICK_LINE_HEIGHT}
          lang={line.lang === "zh" ? "zh" : undefined}
          className={
            line.tone === "primary"
              ? "fill-stone-800 dark:fill-stone-200"
              : "fill-stone-500 dark:fill-stone-400"
          }
        >
          {line.text}
        </tspan>
      ))}
    </text>
  );
}

/**
 * Props for a vertical chart's category axis drawn with `CategoryTick`: titled on top, as wide
 * as its longest wrapped label (or its title), every label shown.
 */
export function categoryAxisProps(
  dataKey: string,
  title: string,
  labels: AxisLabelLayout,
): YAxisProps {
  return {
    type: "category",
    dataKey,
    label: { value: title, position: "top", offset: 10, fontSize: TICK_FONT_SIZE },
    width: Math.max(labels.width, estimateTextWidth(title, TICK_FONT_SIZE)) + 12,
    interval: 0,
    tickLine: false,
    tick: ({
      x,
      y,
      payload,
    }: {
      x: number | string;
      y: number | string;
      payload: { value: unknown };
    }) => <CategoryTick x={x} y={y} lines={labels.lines.get(String(payload.value)) ?? []} />,
  };
}
