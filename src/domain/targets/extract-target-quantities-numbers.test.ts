import { describe, expect, it } from "vitest";
import { findNumbers, parseCount } from "./extract-target-quantities-numbers";

describe("findNumbers", () => {
  it("reads a currency code at the very start of a sentence", () => {
    expect(findNumbers("USD 5 billion for new chip plants")).toEqual([
      { value: 5_000_000_000, start: 0, end: 13, unit: "USD" },
    ]);
  });

  it("reads a fraction once, not its number word again", () => {
    expect(findNumbers("cut emissions by two thirds")).toEqual([
      { value: 66.67, start: 17, end: 27, unit: "percent" },
    ]);
  });
});

describe("parseCount", () => {
  it.each([
    ["a", 1],
    ["an", 1],
    ["one", 1],
    ["One", 1],
    ["Three", 3],
    ["30", 30],
    ["5G", null],
    ["v2", null],
    ["several", null],
  ])("reads %j as %j", (word, count) => {
    expect(parseCount(word)).toBe(count);
  });
});
