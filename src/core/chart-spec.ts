/** The numbers a chart draws, as a table: what "Show data", CSV export and tests read. */
export interface ChartTable {
  columns: readonly { key: string; label: string; numeric?: boolean }[];
  rows: readonly Record<string, string | number | null>[];
}

/** Everything a chart declares to get its frame, data table and export menu. */
export interface ChartSpec {
  /** Slug for file names: "targets-by-sector". */
  name: string;
  title: string;
  /** The active filters in words: "MIIT, NDRC · Targets for 2025"; "All policies" when none. */
  subtitle: string;
  /** The briefs in view: "MERICS China Industries, 3 May 2023". */
  source: string;
  /** Slug of the active filters for file names ("miit"); empty when unfiltered. */
  filterSlug?: string;
  /** Colour keys, drawn into exports (Recharts' own legend is HTML outside the SVG). */
  legend?: readonly { label: string; color: string }[];
  table: ChartTable;
}
