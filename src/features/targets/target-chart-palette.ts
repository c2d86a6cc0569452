import type { TargetDirection } from "@/data/schema";
import type { SectorSeries } from "@/domain/targets/aggregate-targets-by-sector";
import { OTHER_ISSUERS_KEY } from "@/domain/targets/aggregate-targets-by-sector";
import { NO_YEAR } from "@/domain/targets/target-year";
import type { TargetKind } from "@/domain/targets/targets-view";

/**
 * Okabe–Ito, the colour-blind-safe palette, without its black (invisible on the dark theme).
 * Blue and vermillion lead because they also stay apart in greyscale print.
 */
export const OKABE_ITO = [
  "#0072B2", // blue
  "#E69F00", // orange
  "#009E73", // bluish green
  "#CC79A7", // reddish purple
  "#56B4E9", // sky blue
  "#D55E00", // vermillion
  "#F0E442", // yellow
] as const;

/** For what has no year or no colour of its own: "No year stated", "Other issuing bodies". */
export const NEUTRAL_COLOR = "#999999";

const pick = (at: number) => OKABE_ITO[at % OKABE_ITO.length] ?? NEUTRAL_COLOR;

/** A colour and label for each series the sector chart draws, in the order drawn. */
export function toSectorSeriesStyles(series: readonly SectorSeries[]) {
  let next = 0;
  return series.map((entry) => ({
    ...entry,
    color: entry.key === NO_YEAR || entry.key === OTHER_ISSUERS_KEY ? NEUTRAL_COLOR : pick(next++),
  }));
}

export const DIRECTION_STYLES: Record<TargetDirection, { label: string; color: string }> = {
  reduce: { label: "Reduce", color: "#D55E00" },
  increase: { label: "Increase", color: "#009E73" },
  reach: { label: "Reach (level or count)", color: "#0072B2" },
};

export const KIND_STYLES: Record<TargetKind, { label: string; color: string }> = {
  quantitative: { label: "With a number", color: "#0072B2" },
  qualitative: { label: "Without a number", color: "#E69F00" },
};

/** The kinds in the order the deadlines chart stacks them and its legend lists them. */
export const KINDS: readonly TargetKind[] = ["quantitative", "qualitative"];

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark or white text, whichever reads better on a bar of this colour (WCAG contrast). */
export function readableTextColor(fill: string): string {
  const onWhite = 1.05 / (luminance(fill) + 0.05);
  const onDark = (luminance(fill) + 0.05) / 0.06;
  return onWhite >= onDark ? "#ffffff" : "#1c1917";
}
