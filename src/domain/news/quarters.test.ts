import { describe, expect, it } from "vitest";
import { toOrdinal } from "@/core/calendar-date";
import { listQuarters } from "@/domain/news/quarters";

describe("listQuarters", () => {
  it("lists the quarters covering a span, newest first", () => {
    expect(listQuarters(toOrdinal(2022, 11, 30), toOrdinal(2023, 4, 20))).toEqual([
      { label: "2023 Q2", from: "2023-04-01", to: "2023-06-30" },
      { label: "2023 Q1", from: "2023-01-01", to: "2023-03-31" },
      { label: "2022 Q4", from: "2022-10-01", to: "2022-12-31" },
    ]);
  });

  it.each([
    [toOrdinal(2023, 4, 6), toOrdinal(2023, 4, 6), ["2023 Q2"]],
    [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, []],
    [toOrdinal(2023, 5, 1), toOrdinal(2023, 4, 1), []],
  ])("handles %d – %d", (first, last, labels) => {
    expect(listQuarters(first, last).map((q) => q.label)).toEqual(labels);
  });
});
