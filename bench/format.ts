import type { BenchRow, Unit } from "./types";

const DECIMALS: Record<Unit, (value: number) => number> = {
  ms: (value) => (value < 10 ? 2 : value < 100 ? 1 : 0),
  kB: () => 1,
  MB: () => 2,
  score: () => 0,
  unitless: () => 3,
};

/** A figure with its unit, rounded for reading: "12.3 ms", "199.8 kB", "0.012". */
export function formatValue(value: number, unit: Unit): string {
  const text = value.toFixed(DECIMALS[unit](value));
  return unit === "unitless" || unit === "score" ? text : `${text} ${unit}`;
}

/** A count for reading: 100000 → "100,000". */
export function formatCount(count: number): string {
  return count.toLocaleString("en-US");
}

/**
 * How many times better our figure is than the baseline's: baseline ÷ ours when lower is better,
 * ours ÷ baseline when higher is better. Above 1 we win; null without a baseline.
 */
export function ratioOf(row: BenchRow): number | null {
  if (!row.baseline) return null;
  const [numerator, denominator] =
    row.better === "lower" ? [row.baseline.value, row.value] : [row.value, row.baseline.value];
  return denominator === 0 ? null : numerator / denominator;
}

/** Whether the row keeps its budget; null when it has none. */
export function withinBudget(row: BenchRow): boolean | null {
  if (row.budget === undefined) return null;
  return row.better === "lower" ? row.value <= row.budget : row.value >= row.budget;
}

export interface TableSection {
  title: string;
  rows: readonly BenchRow[];
  error?: string;
}

/** The results as one Markdown table: readable in a terminal, pasteable into BENCHMARKS.md. */
export function formatTable(sections: readonly TableSection[]): string {
  const header = ["Section", "Measured", "Ours", "Baseline / peer", "Ratio", "Budget"];
  const lines = sections.flatMap(({ title, rows, error }) =>
    error
      ? [[title, `failed: ${error}`, "", "", "", ""]]
      : rows.map((row) => {
          const ratio = ratioOf(row);
          const fits = withinBudget(row);
          const sign = row.better === "lower" ? "≤" : "≥";
          return [
            title,
            row.metric,
            formatValue(row.value, row.unit),
            row.baseline
              ? `${formatValue(row.baseline.value, row.unit)} (${row.baseline.label})`
              : "",
            ratio === null ? "" : `${ratio.toFixed(ratio < 10 ? 2 : 1)}×`,
            row.budget === undefined
              ? ""
              : `${sign} ${formatValue(row.budget, row.unit)} ${fits ? "✓" : "✗ missed"}`,
          ];
        }),
  );
  const escape = (cell: string) => cell.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const table = [header, ...lines].map((cells) => cells.map(escape));
  // Padded columns keep the table readable in a terminal; Markdown ignores the padding.
  const widths = header.map((_, at) =>
    Math.max(3, ...table.map((cells) => cells[at]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, at) => cell.padEnd(widths[at] ?? 0)).join(" | ")} |`;
  const [head, ...body] = table;
  return [line(head ?? []), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}
