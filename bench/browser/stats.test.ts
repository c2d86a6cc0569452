import { describe, expect, it } from "vitest";
import { largest, median, waitForCount, waitForQuiet } from "./stats";

describe("median", () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])("of %j is %d", (values, expected) => expect(median(values)).toBe(expected));

  it("is NaN for no samples", () => expect(median([])).toBeNaN());
});

describe("largest", () => {
  it("is the largest value, or 0 for none", () => {
    expect(largest([2, 9, 4])).toBe(9);
    expect(largest([])).toBe(0);
  });
});

describe("waitForCount", () => {
  it("polls until enough entries arrive", async () => {
    let calls = 0;
    const read = () => Promise.resolve(Array.from({ length: ++calls }, (_, at) => at));
    await expect(waitForCount(read, 2, 5_000)).resolves.toEqual([0, 1]);
  });

  it("fails with what it saw once the time is up", async () => {
    await expect(waitForCount(() => Promise.resolve([1]), 2, 0)).rejects.toThrow(/saw 1/);
  });
});

describe("waitForQuiet", () => {
  it("returns once the entries stop growing", async () => {
    let calls = 0;
    const read = () => Promise.resolve(Array.from({ length: Math.min(++calls, 3) }, (_, at) => at));
    await expect(waitForQuiet(read, 300, 5_000)).resolves.toEqual([0, 1, 2]);
  });

  it("fails when nothing arrives in time", async () => {
    await expect(waitForQuiet(() => Promise.resolve([]), 100, 0)).rejects.toThrow(/saw 0/);
  });
});
