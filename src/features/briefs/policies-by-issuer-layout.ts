/** Plain numbers of the policies-by-issuer plot, read by its frame without loading Recharts. */
const ROW_HEIGHT = 28;
export const PLOT_MARGIN = { top: 4, right: 16, bottom: 28, left: 4 } as const;

/** The plot's height for `bodies` rows: one band each, plus room for the value axis. */
export function plotHeight(bodies: number): number {
  return bodies * ROW_HEIGHT + PLOT_MARGIN.top + PLOT_MARGIN.bottom;
}
