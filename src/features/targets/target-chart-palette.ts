import { NEUTRAL_COLOR, OKABE_ITO, paletteColor } from "@/components/charts/chart-palette";
import type { TargetDirection } from "@/data/schema";
import type { SectorSeries } from "@/domain/targets/aggregate-targets-by-sector";
import { OTHER_ISSUERS_KEY } from "@/domain/targets/aggregate-targets-by-sector";
import { NO_YEAR } from "@/domain/targets/target-year";

/** A colour and label for each series the sector chart draws, in the order drawn. */
export function toSectorSeriesStyles(series: readonly SectorSeries[]) {
  let next = 0;
  return series.map((entry) => ({
    ...entry,
    color:
      entry.key === NO_YEAR || entry.key === OTHER_ISSUERS_KEY
        ? NEUTRAL_COLOR
        : paletteColor(next++),
  }));
}

export const DIRECTION_STYLES: Record<TargetDirection, { label: string; color: string }> = {
  reduce: { label: "Reduce", color: OKABE_ITO[5] },
  increase: { label: "Increase", color: OKABE_ITO[2] },
  reach: { label: "Reach (level or count)", color: OKABE_ITO[0] },
};
