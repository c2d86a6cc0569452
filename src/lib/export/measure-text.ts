import { EXPORT_FONT_FAMILY } from "@/lib/export/export-options";
import { estimateTextWidth, type MeasureText } from "@/lib/export/wrap-text";

/**
 * Measures text in the export font as the browser will draw it, once the faces these texts need
 * have loaded; where there is nothing to measure with (tests) it estimates instead.
 */
export async function createTextMeasure(
  runs: readonly { text: string; weight: number }[],
): Promise<MeasureText> {
  if (!("fonts" in document) || typeof OffscreenCanvas !== "function") return estimateTextWidth;
  await Promise.all(
    runs.map((run) => document.fonts.load(`${run.weight} 16px ${EXPORT_FONT_FAMILY}`, run.text)),
  );
  await document.fonts.ready;
  const context = new OffscreenCanvas(1, 1).getContext("2d");
  if (!context) return estimateTextWidth;
  return (text, font) => {
    context.font = `${font.weight} ${font.size}px ${EXPORT_FONT_FAMILY}`;
    return context.measureText(text).width;
  };
}
