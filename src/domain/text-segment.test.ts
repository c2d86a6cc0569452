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
