import { describe, expect, it } from "vitest";
import {
  anySelected,
  countRow,
  countsToward,
  FAILS_SEVERAL,
  PASSES_ALL,
  toCodedRows,
  toCountMap,
  toSelection,
  withFailed,
} from "./facet-counting";

const items = [["miit", "ndrc", "miit"], [], ["mee"]];

describe("toCodedRows", () => {
  it("numbers known values first, then values as met, and keeps each item's distinct values in order", () => {
    const coded = toCodedRows(items, (item) => item, ["mof"]);
    expect(coded.ids).toEqual(["mof", "miit", "ndrc", "mee"]);
    expect([...coded.rows.start]).toEqual([0, 2, 2, 3]);
    expect([...coded.rows.values]).toEqual([1, 2, 3]);
  });

  it("numbers only the values met when no known values are given", () => {
    const coded = toCodedRows(items, (item) => item);
    expect(coded.ids).toEqual(["miit", "ndrc", "mee"]);
    expect([...coded.rows.values]).toEqual([0, 1, 2]);
  });
});

describe("selections and counts", () => {
  const coded = toCodedRows(items, (item) => item);

  it("has no selection when nothing is chosen, and matches nothing through an unknown id", () => {
    expect(toSelection([], coded.number, coded.ids.length)).toBeNull();
    const unknown = toSelection(["nowhere"], coded.number, coded.ids.length);
    expect(unknown).not.toBeNull();
    expect(items.map((_, at) => anySelected(coded.rows, at, unknown!))).toEqual([
      false,
      false,
      false,
    ]);
  });

  it("matches an item holding any chosen value", () => {
    const chosen = toSelection(["ndrc", "mee"], coded.number, coded.ids.length)!;
    expect(items.map((_, at) => anySelected(coded.rows, at, chosen))).toEqual([true, false, true]);
  });

  it("counts each item once per distinct value and reports only values with counts", () => {
    const counts = new Uint32Array(coded.ids.length);
    items.forEach((_, at) => countRow(coded.rows, at, counts));
    expect(toCountMap(coded.ids, counts)).toEqual(
      new Map([
        ["miit", 1],
        ["ndrc", 1],
        ["mee", 1],
      ]),
    );
  });
});

describe("an item's standing against the facets", () => {
  it.each([
    { failed: [], counts: [true, true, true] },
    { failed: [1], counts: [false, true, false] },
    { failed: [0, 2], counts: [false, false, false] },
  ])("failing facets $failed counts toward $counts", ({ failed, counts }) => {
    const standing = failed.reduce(withFailed, PASSES_ALL);
    expect([0, 1, 2].map((facet) => countsToward(standing, facet))).toEqual(counts);
    expect(standing === FAILS_SEVERAL).toBe(failed.length > 1);
  });
});
