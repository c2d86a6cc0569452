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

/** The palette's colour at a position, wrapping round. */
export function paletteColor(at: number): string {
  return OKABE_ITO[at % OKABE_ITO.length] ?? NEUTRAL_COLOR;
}

/** Targets with and without a number, alike on the Targets page and on a body's page. */
export const TARGET_KIND_STYLES: Record<TargetKind, { label: string; color: string }> = {
  quantitative: { label: "With a number", color: OKABE_ITO[0] },
  qualitative: { label: "Without a number", color: OKABE_ITO[1] },
};

/** A body's part in a document, alike wherever documents are counted by issuing body. */
export const ISSUER_ROLE_STYLES = {
  lead: { label: "As lead issuer", color: OKABE_ITO[0] },
  coIssuer: { label: "As co-issuer", color: OKABE_ITO[1] },
} as const;

/** The kinds in the order the deadline charts stack them and their legends list them. */
export const TARGET_KINDS: readonly TargetKind[] = ["quantitative", "qualitative"];

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
