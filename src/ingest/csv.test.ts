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

  it("counts line breaks inside quotes, ends rows at CR, LF and CRLF, keeps blank rows", () => {
    expect(parseCsv('a,b\n1,"two\nlines"\r2,x\n\n3,y\r\n4,z').rows).toEqual([
      { line: 2, cells: ["1", "two\nlines"] },
      { line: 4, cells: ["2", "x"] },
      { line: 5, cells: [""] },
      { line: 6, cells: ["3", "y"] },
      { line: 7, cells: ["4", "z"] },
    ]);
  });

  it("trims the header's names and keeps a U+FEFF that does not start the file", () => {
    const table = parseCsv(" a , b\n1,\uFEFF2");
    expect(table.header).toEqual(["a", "b"]);
    expect(table.rows[0]?.cells).toEqual(["1", "\uFEFF2"]);
  });
});
