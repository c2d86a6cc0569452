import { createContext, useContext } from "react";

/**
 * True while a chart's export menu is open or an export runs. Export captures the chart's DOM,
 * so a chart that draws only what is on screen must draw all of itself then.
 */
export const ChartCaptureContext = createContext(false);

export function useChartCapture(): boolean {
  return useContext(ChartCaptureContext);
}
