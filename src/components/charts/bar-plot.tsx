import { useMemo, type ReactNode } from "react";
import {
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  type BarShapeProps,
  type CartesianGridProps,
  type TooltipContentProps,
  type XAxisProps,
  type YAxisProps,
} from "recharts";
import { FocusableBar, type FocusableBarProps } from "@/components/charts/focusable-bar";
import { useDismissibleTooltip } from "@/components/charts/use-dismissible-tooltip";
import {
  AXIS_TICK,
  GRID_STYLE,
  TICK_FONT_SIZE,
  TOOLTIP_CURSOR,
} from "@/components/charts/chart-tokens";

/** Bars along the horizontal (one row per category) or standing up (one column per category). */
export type BarLayout = "horizontal-bars" | "vertical-bars";

/**
 * For a grid's lines along the category axis, which these charts leave out: Recharts would
 * place them anyway, measuring every category label in the DOM (a forced layout each) as the
 * chart first draws.
 */
const NO_GRID_LINES = () => [];

function valueGrid(layout: BarLayout): CartesianGridProps {
  return layout === "horizontal-bars"
    ? { ...GRID_STYLE, horizontal: false, horizontalCoordinatesGenerator: NO_GRID_LINES }
    : { ...GRID_STYLE, vertical: false, verticalCoordinatesGenerator: NO_GRID_LINES };
}

interface BarPlotProps {
  data: readonly object[];
  layout: BarLayout;
  height: number;
  /** The width the plot's place had: drawn at it at once, then following the container. */
  width?: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** The chart's name and its values in words, for assistive technology. */
  title?: string;
  desc?: string;
  tooltip?: (props: TooltipContentProps) => ReactNode;
  barCategoryGap?: number | string;
  barGap?: number;
  /** The axes and bars: Recharts elements, as direct children of the chart. */
  children: ReactNode;
}

/**
 * The set-up every bar chart shares: a responsive container, Recharts' own keyboard layer off
 * (each bar is a button of its own, see FocusableBar), dashed lines across the value axis only,
 * and a tooltip with a hover band that a tap outside or Escape dismisses. A feature chart adds
 * only its axes and bars.
 */
export function BarPlot({
  data,
  layout,
  height,
  width,
  margin,
  title,
  desc,
  tooltip,
  barCategoryGap,
  barGap,
  children,
}: BarPlotProps) {
  const tooltipState = useDismissibleTooltip();
  // Recharts keys its bars by the data array's identity: a fresh copy on each render (as the
  // tooltip comes back after a dismissal) would remount every bar between a press and its click.
  const rows = useMemo(() => [...data], [data]);
  return (
    <div {...tooltipState.wrapper}>
      <ResponsiveContainer
        width="100%"
        height={height}
        initialDimension={width === undefined ? undefined : { width, height }}
      >
        <BarChart
          data={rows}
          layout={layout === "horizontal-bars" ? "vertical" : "horizontal"}
          accessibilityLayer={false}
          title={title}
          desc={desc}
          margin={margin}
          barCategoryGap={barCategoryGap}
          barGap={barGap}
        >
          <CartesianGrid {...valueGrid(layout)} />
          {children}
          <Tooltip content={tooltip} cursor={TOOLTIP_CURSOR} active={tooltipState.active} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/**
 * Props of the value axis (counts or amounts): every tick shown (a handful of numbers never
 * collide, and choosing which to drop measures each label in the page), titled along the axis.
 */
export function valueAxisProps(layout: "horizontal-bars", title?: string): XAxisProps;
export function valueAxisProps(layout: "vertical-bars", title?: string): YAxisProps;
export function valueAxisProps(layout: BarLayout, title?: string): XAxisProps & YAxisProps {
  const axis = { type: "number", allowDecimals: false, interval: 0, tick: AXIS_TICK } as const;
  if (title === undefined) return axis;
  return layout === "horizontal-bars"
    ? {
        ...axis,
        label: { value: title, position: "insideBottom", offset: -16, fontSize: TICK_FONT_SIZE },
      }
    : {
        ...axis,
        label: {
          value: title,
          angle: -90,
          position: "insideLeft",
          fontSize: TICK_FONT_SIZE,
          style: { textAnchor: "middle" },
        },
      };
}

/** What a bar shows beyond its place: colour, name, selection and action (see FocusableBar). */
export type BarLook = Omit<FocusableBarProps, "x" | "y" | "width" | "height">;

/**
 * A Bar's `shape` that draws each row's bar as a FocusableBar (a button), given what the row's
 * bar looks like and does.
 */
export function focusableBarShape<Row>(
  rows: readonly Row[],
  lookOf: (row: Row, shape: BarShapeProps) => BarLook,
) {
  return function FocusableBarShape(shape: BarShapeProps) {
    const row = rows[shape.index];
    if (!row) return null;
    return (
      <FocusableBar
        x={shape.x}
        y={shape.y}
        width={shape.width}
        height={shape.height}
        {...lookOf(row, shape)}
      />
    );
  };
}
