import { describe, expect, it } from "vitest";
import { mergeRanges, toTextSegments } from "@/domain/text-segment";

describe("text segments", () => {
  it("merges overlapping and touching ranges in order", () => {
    expect(
      mergeRanges([
        [5, 8],
        [0, 2],
        [1, 3],
        [8, 9],
      ]),
    ).toEqual([
      [0, 3],
      [5, 9],
    ]);
  });

  it("keeps a short range inside a longer one that starts earlier", () => {
    expect(
      mergeRanges([
        [0, 9],
        [2, 3],
      ]),
    ).toEqual([[0, 9]]);
  });

  it("gives no empty plain segment around a match that spans the text", () => {
    expect(toTextSegments("Tesla", [[0, 5]])).toEqual([{ text: "Tesla", isMatch: true }]);
  });

  it("gives no empty plain segment between touching matches", () => {
    expect(
      toTextSegments("BYD Auto", [
        [0, 3],
        [3, 8],
      ]),
    ).toEqual([
      { text: "BYD", isMatch: true },
      { text: " Auto", isMatch: true },
    ]);
  });

  it.each([
    [
      "Volkswagen and Cariad",
      [
        [0, 5],
        [15, 21],
      ],
      "[Volks]wagen and [Cariad]",
    ],
    ["Tesla", [], "Tesla"],
    ["", [], ""],
  ] as const)("splits %j", (text, ranges, expected) => {
    const segments = toTextSegments(
      text,
      ranges.map(([a, b]): [number, number] => [a, b]),
    );
    expect(segments.map((s) => (s.isMatch ? `[${s.text}]` : s.text)).join("")).toBe(expected);
    expect(segments.length).toBeGreaterThan(0);
  });
});
