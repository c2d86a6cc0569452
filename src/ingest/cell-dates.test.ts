import { describe, expect, it } from "vitest";
import { parseCellDate } from "./cell-dates";

describe("parseCellDate", () => {
  it.each([
    ["2002-11-17", "2002-11-17"],
    ["2008-10", "2008-10"],
    ["2004", "2004"],
    [" 20021117 ", "2002-11-17"],
    ["20021117", "2002-11-17"],
    ["200810", "2008-10"],
    ["2013年1月5日", "2013-01-05"],
    ["2013年1月", "2013-01"],
    ["January 5, 2013", "2013-01-05"],
    ["2003313", null],
    ["20021317", null],
    ["", null],
    ["unknown", null],
  ])("reads %j as %j", (cell, expected) => {
    expect(parseCellDate(cell)).toBe(expected);
  });
});
