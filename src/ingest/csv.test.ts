import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";

describe("parseCsv", () => {
  it("reads quoted fields, doubled quotes, commas and line breaks inside quotes", () => {
    const table = parseCsv('\uFEFFa,b,c\r\n1,"x, ""y""",z\n2,"two\nlines",\n');
    expect(table.header).toEqual(["a", "b", "c"]);
    expect(table.rows).toEqual([
      { line: 2, cells: ["1", 'x, "y"', "z"] },
      { line: 3, cells: ["2", "two\nlines", ""] },
    ]);
  });

  it("keeps the last row without a final newline, and reads nothing from nothing", () => {
    expect(parseCsv("a\n1").rows).toEqual([{ line: 2, cells: ["1"] }]);
    expect(parseCsv("")).toEqual({ header: [], rows: [] });
  });

  it("reads a stray quote inside a field as text", () => {
    expect(parseCsv('a\nsay "hi"').rows[0]?.cells).toEqual(['say "hi"']);
  });
});
