import { describe, expect, it } from "vitest";
import { readBriefId } from "./parse-header";

describe("readBriefId", () => {
  it.each([
    ["MAY 3, 2023 (REPORTING PERIOD: MARCH 28 - APRIL 24)", "2023-05-03-china-industries"],
    [
      "MERICS\n\nJUNE 7, 2023 (REPORTING PERIOD: APRIL 25 - JUNE 2)\n",
      "2023-06-07-china-industries",
    ],
    ["MERICS\nChina Industries", null],
    ["MAY 33, 2023 (REPORTING PERIOD: MARCH 28 - APRIL 24)", null],
  ])("reads the id of the brief in %j from its header line", (text, id) => {
    expect(readBriefId(text)).toBe(id);
  });
});
