/**
 * The type and lines every chart draws with, in one place so a chart never hard-codes a size.
 * Plain values (no Recharts), so chart frames and layout code read them without loading a plot.
 */
export const TICK_FONT_SIZE = 12;
export const TICK_LINE_HEIGHT = 15;

/** Tick labels in the text colour, so they keep their contrast in both themes. */
export const AXIS_TICK = { fontSize: TICK_FONT_SIZE, fill: "currentColor" } as const;

/** The band behind the hovered category. */
export const TOOLTIP_CURSOR = { fillOpacity: 0.08 } as const;

export const GRID_STYLE = {
  strokeDasharray: "3 3",
  className: "stroke-stone-200 dark:stroke-stone-700",
} as const;
