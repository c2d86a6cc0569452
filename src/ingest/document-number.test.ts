import { describe, expect, it } from "vitest";
import { formatDocumentNumber, parseDocumentNumber } from "./document-number";

describe("document numbers", () => {
  it.each([
    ["国办发〔2013〕1号", { series: "国办发", year: 2013, serial: 1 }],
    ["中发[2002]14号", { series: "中发", year: 2002, serial: 14 }],
    ["国发（2015）7号", { series: "国发", year: 2015, serial: 7 }],
    ["中办发［2004］第2号", { series: "中办发", year: 2004, serial: 2 }],
    ["工信部联规〔2023〕40号", { series: "工信部联规", year: 2023, serial: 40 }],
    [" 国发 [2003] 33 号 ", { series: "国发", year: 2003, serial: 33 }],
    ["国办 发〔2013〕1号", { series: "国办发", year: 2013, serial: 1 }],
  ])("parses %j into series, year and number", (text, expected) => {
    expect(parseDocumentNumber(text)).toEqual(expected);
  });

  it.each(["", "国发2003号", "国发[203]1号", "国发[2003]0号", "GF[2003]1", "国发[2003]1"])(
    "rejects %j",
    (text) => {
      expect(parseDocumentNumber(text)).toBeNull();
    },
  );

  it("writes the canonical form with 〔〕", () => {
    expect(formatDocumentNumber({ series: "中发", year: 2002, serial: 14 })).toBe(
      "中发〔2002〕14号",
    );
  });
});
