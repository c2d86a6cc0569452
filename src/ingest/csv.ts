/**
 * A small RFC 4180 CSV reader: quoted fields, doubled quotes, line breaks inside quotes, CRLF.
 * Each row keeps the input line it starts on, for reports.
 */

export interface CsvRow {
  /** 1-based input line on which the row starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/** Reads CSV text; the first row is the header. Never throws: bad quoting reads as text. */
export function parseCsv(text: string): CsvTable {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const input = text.replace(/^\uFEFF/, "");
  const endRow = () => {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
    cells = [];
    cell = "";
  };
  for (let at = 0; at < input.length; at += 1) {
    const char = input[at];
    if (quoted) {
      if (char === '"' && input[at + 1] === '"') {
        cell += '"';
        at += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line += 1;
        cell += char;
      }
    } else if (char === '"' && cell === "") quoted = true;
    else if (char === ",") {
      cells.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && input[at + 1] === "\n") at += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else cell += char;
  }
  if (cell !== "" || cells.length > 0) endRow();
  const [header, ...body] = rows;
  return { header: header?.cells.map((name) => name.trim()) ?? [], rows: body };
}
