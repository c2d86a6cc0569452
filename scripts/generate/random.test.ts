import { describe, expect, it } from "vitest";
import { createRandom, cumulative, zipfWeights } from "./random";

describe("createRandom", () => {
  it("repeats its sequence for a seed and changes with the seed", () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(1).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("draws integers within both bounds", () => {
    const random = createRandom(3);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(2, 5)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it("never draws an index of zero weight and follows the weights", () => {
    const random = createRandom(4);
    const weights = cumulative([3, 0, 1]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 4000; i += 1) {
      const at = random.weightedIndex(weights);
      counts[at] = (counts[at] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect((counts[0] ?? 0) / 4000).toBeCloseTo(0.75, 1);
  });

  it("refuses to pick from an empty list", () => {
    expect(() => createRandom(1).pick([])).toThrow("empty");
  });
});

describe("weights", () => {
  it.each([
    [
      [1, 2, 3],
      [1, 3, 6],
    ],
    [[], []],
  ])("cumulative(%j) is %j", (weights, expected) => {
    expect(cumulative(weights)).toEqual(expected);
  });

  it("makes the first of a Zipf ranking the heaviest", () => {
    expect(zipfWeights(3, 1)).toEqual([1, 1 / 2, 1 / 3]);
  });
});
