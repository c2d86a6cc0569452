import type { ChartTable } from "@/core/chart-spec";

/** Byte order mark: without it Excel reads UTF-8 as a legacy code page and garbles Chinese. */
const BOM = "\uFEFF";
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
// Spreadsheets run a cell starting with these as a formula; brief text is untrusted input.
const FORMULA_START = /^[=+\-@\t\r]/;

function toCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The chart's data table as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line
 * breaks quoted, quotes doubled), with a header row and a UTF-8 byte order mark. Empty values
 * stay empty cells; text that a spreadsheet would run as a formula gets a leading apostrophe.
 */
export function toCsv(table: ChartTable): string {
  const header = table.columns.map((column) => toCell(column.label));
  const rows = table.rows.map((row) => table.columns.map((column) => toCell(row[column.key])));
  return `${BOM}${[header, ...rows].map((cells) => `${cells.join(",")}\r\n`).join("")}`;
}
