import type { ChartSpec } from "@/core/chart-spec";

export type ExportFormat = "png" | "svg" | "csv";

const MAX_PART_LENGTH = 60;

/** The local calendar day of an instant as YYYY-MM-DD: the day the analyst sees on their clock. */
export function toLocalIsoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, "0");
  const day = String(date.getDate()).padStart(2, "0");
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Lower-case ASCII words joined by hyphens, safe in a file name on every system. */
export function toFileSlug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_PART_LENGTH)
    .replace(/^-+|-+$/g, "");
}

/**
 * A descriptive file name: chart, active filters, export day and format, e.g.
 * `targets-by-sector_miit_2026-11-28.png`. Parts that slug to nothing are left out.
 */
export function toExportFileName(
  spec: Pick<ChartSpec, "name" | "filterSlug">,
  format: ExportFormat,
  date: Date,
): string {
  const parts = [toFileSlug(spec.name) || "chart", toFileSlug(spec.filterSlug ?? "")];
  return `${[...parts.filter(Boolean), toLocalIsoDate(date)].join("_")}.${format}`;
}
