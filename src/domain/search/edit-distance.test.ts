import { describe, expect, it } from "vitest";
import { editDistanceWithin } from "@/domain/search/edit-distance";

describe("editDistanceWithin", () => {
  it.each([
    ["volkswagen", "volkswagen", 2, 0],
    ["volkswagn", "volkswagen", 1, 1],
    ["volkswgaen", "volkswagen", 1, 1],
    ["foundyr", "foundry", 1, 1],
    ["minstry", "ministry", 1, 1],
    ["huawie", "huawei", 1, 1],
    ["tesla", "telsa", 1, 1],
    ["energy", "enemy", 1, null],
    ["nea", "ndrc", 2, null],
    ["semiconductor", "semiconductors", 2, 1],
    ["", "a", 1, 1],
    ["x", "abc", 3, 3],
    // Two different letters are two changes, not a swap; a swap needs both letters to cross.
    ["ab", "xy", 2, 2],
    ["ax", "ya", 2, 2],
    ["xa", "ay", 2, 2],
    ["a", "xay", 2, 2],
    ["ab", "ba", 1, 1],
  ])("%s → %s within %i is %s", (a, b, max, expected) => {
    expect(editDistanceWithin(a, b, max)).toBe(expected);
  });
});
