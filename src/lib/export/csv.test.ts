import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/export/csv";

const columns = [
  { key: "sector", label: "Sector" },
  { key: "count", label: "Targets", numeric: true },
];

describe("toCsv", () => {
  it("starts with a byte order mark and a header row, and ends each line with CRLF", () => {
    const csv = toCsv({ columns, rows: [{ sector: "Automotive", count: 3 }] });
    expect(csv).toBe("\uFEFFSector,Targets\r\nAutomotive,3\r\n");
  });

  it("keeps Chinese text as it is", () => {
    const csv = toCsv({ columns, rows: [{ sector: "铸造和锻压", count: 4 }] });
    expect(csv.split("\r\n")[1]).toBe("铸造和锻压,4");
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it.each([
    ["Batteries, storage", '"Batteries, storage"'],
    ['The "new" energy', '"The ""new"" energy"'],
    ["two\nlines", '"two\nlines"'],
    ["carriage\rreturn", '"carriage\rreturn"'],
    [" padded ", '" padded "'],
    ["plain", "plain"],
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ['=1,"x"', '"\'=1,""x"""'],
  ])("quotes %j as %j", (text, cell) => {
    const csv = toCsv({ columns, rows: [{ sector: text, count: 1 }] });
    expect(csv.slice(1)).toBe(`Sector,Targets\r\n${cell},1\r\n`);
  });

  it("writes numbers plainly, negative ones included, and leaves empty values empty", () => {
    const csv = toCsv({
      columns,
      rows: [
        { sector: "Energy", count: -2.5 },
        { sector: null, count: null },
        { sector: "Missing count" },
      ],
    });
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Sector,Targets",
      "Energy,-2.5",
      ",",
      "Missing count,",
      "",
    ]);
  });

  it("quotes header labels that need it", () => {
    const csv = toCsv({ columns: [{ key: "a", label: "Value, 2025" }], rows: [] });
    expect(csv).toBe('\uFEFF"Value, 2025"\r\n');
  });
});
