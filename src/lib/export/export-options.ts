/** What the export menu asks for; shared by the menu, the pipeline and the composition. */
export type ExportLayout = "landscape" | "square";
export type ExportBackground = "white" | "transparent";
export type PixelDensity = 1 | 2 | 3;
export type ExportAction = "png" | "svg" | "csv" | "copy";

export interface ExportSettings {
  density: PixelDensity;
  background: ExportBackground;
  layout: ExportLayout;
}

export const DEFAULT_EXPORT_SETTINGS: ExportSettings = {
  density: 2,
  background: "white",
  layout: "landscape",
};

/** Slide-friendly sizes in CSS pixels, independent of the window the chart was drawn in. */
export const EXPORT_SIZES: Record<ExportLayout, { width: number; height: number }> = {
  landscape: { width: 1200, height: 675 },
  square: { width: 1080, height: 1080 },
};

export const APP_NAME = "China Industries Dashboard";

/** Self-hosted faces first, then the names the fonts have when installed, then system fallbacks. */
export const EXPORT_FONT_FAMILY =
  '"Inter Variable", Inter, "Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';
