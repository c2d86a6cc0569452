import { describe, expect, it } from "vitest";
import { toOrdinal } from "@/core/calendar-date";
import { layoutLaneMarks, type LaneMark } from "@/domain/timeline/cluster-lane";
import { buildLanes } from "@/domain/timeline/lanes";
import { buildPolicy } from "../../../tests/factories/policies";
import { createTimeScale } from "@/domain/timeline/time-scale";

const config = { slot: 24, rowHeight: 12, maxRows: 3, lanePadding: 5 };
const april = { start: toOrdinal(2023, 4, 1), end: toOrdinal(2023, 5, 1) };

function marksOf(dates: string[], range = april, width = 600): LaneMark[] {
  const policies = dates.map((date, at) => buildPolicy({ id: `p${at}`, date, issuers: ["nea"] }));
  const [lane] = buildLanes(policies, { leadOnly: false, order: "count" });
  if (!lane) throw new Error("no lane");
  return layoutLaneMarks(lane, createTimeScale(range, width), config);
}

const summary = (marks: LaneMark[]) =>
  marks.map((mark) => (mark.type === "item" ? mark.entry.policy.id : `${mark.entries.length}`));

describe("layoutLaneMarks", () => {
  it("draws well-spaced items apart, at their day", () => {
    const marks = marksOf(["2023-04-03", "2023-04-20"]);
    expect(summary(marks)).toEqual(["p0", "p1"]);
    expect(marks[0]?.x).toBe(2.5 * 20);
    expect(marks.map((mark) => mark.y)).toEqual([23, 23]);
  });

  it("stacks two items of the same day instead of overlapping them", () => {
    const marks = marksOf(["2023-04-14", "2023-04-14"]);
    expect(summary(marks)).toEqual(["p0", "p1"]);
    expect(marks[0]?.x).toBe(marks[1]?.x);
    expect(Math.abs((marks[0]?.y ?? 0) - (marks[1]?.y ?? 0))).toBe(config.rowHeight);
  });

  it("clusters more items than rows into one mark with their days", () => {
    const marks = marksOf(["2023-04-14", "2023-04-14", "2023-04-14", "2023-04-15"]);
    expect(summary(marks)).toEqual(["4"]);
    expect(marks[0]).toMatchObject({ start: toOrdinal(2023, 4, 14), end: toOrdinal(2023, 4, 16) });
  });

  it("expands a cluster when zoomed in", () => {
    const dates = ["2023-04-14", "2023-04-14", "2023-04-15", "2023-04-16"];
    const zoomed = { start: toOrdinal(2023, 4, 12), end: toOrdinal(2023, 4, 19) };
    expect(summary(marksOf(dates, zoomed))).toEqual(["p0", "p1", "p2", "p3"]);
  });

  it("keeps dates on the first and last visible day, drops those beyond", () => {
    const range = { start: toOrdinal(2023, 4, 10), end: toOrdinal(2023, 4, 17) };
    const marks = marksOf(["2023-04-08", "2023-04-10", "2023-04-16", "2023-04-18"], range, 700);
    expect(summary(marks)).toEqual(["p1", "p2"]);
  });

  it("spans a month-precision date across its month", () => {
    const [mark] = marksOf(["2023-04"]);
    expect(mark).toMatchObject({ type: "item", x0: 0, x1: 600, x: 300 });
  });

  it("leaves room for a label up to the next mark", () => {
    const [first] = marksOf(["2023-04-03", "2023-04-10"]);
    expect(first?.type === "item" && first.labelWidth).toBe(7 * 20 - 14);
  });

  it("draws dates known only to a year as a band across the year, apart from the dated marks", () => {
    const year = { start: toOrdinal(2015, 1, 1), end: toOrdinal(2016, 1, 1) };
    const marks = marksOf(["2015", "2015", "2015", "2015", "2015-03-01"], year, 730);
    expect(summary(marks)).toEqual(["p4", "4"]);
    const bottomRow = config.lanePadding + (config.maxRows - 0.5) * config.rowHeight;
    expect(marks[1]).toMatchObject({
      type: "cluster",
      y: bottomRow,
      yearOnly: { year: 2015, x0: 0, x1: 730 },
      start: year.start,
      end: year.end,
    });
    // The dated policy keeps its own mark at its day, not counted into the year.
    expect(marks[0]).toMatchObject({ type: "item", x: 59.5 * 2, y: 23 });
  });

  it("keeps a single year-only date a mark of its own, spanning its year, and bands each year apart", () => {
    const years = { start: toOrdinal(2014, 1, 1), end: toOrdinal(2017, 1, 1) };
    const marks = marksOf(["2014", "2016", "2016"], years, 1096);
    expect(summary(marks)).toEqual(["p0", "2"]);
    expect(marks[0]).toMatchObject({ type: "item", x0: 0, x1: 365 });
    expect(marks[1]).toMatchObject({ yearOnly: { year: 2016, x0: 730, x1: 1096 } });
  });

  it("lets a stacked mark's label run past a mark in another line, up to the next in its own", () => {
    // Three on 3 April (lines 11, 23 and 35 px down), one on 6 April and one on 20 April (23).
    const marks = marksOf(["2023-04-03", "2023-04-03", "2023-04-03", "2023-04-06", "2023-04-20"]);
    const room = marks.map((mark) => [mark.y, mark.type === "item" ? mark.labelWidth : null]);
    expect(room).toEqual([
      [11, 600 - 50 - 14],
      [23, 110 - 50 - 14],
      [35, 600 - 50 - 14],
      [23, 390 - 110 - 14],
      [23, 600 - 390 - 14],
    ]);
  });

  it("ends a label at a cluster in its line", () => {
    const marks = marksOf(["2023-04-03", ...Array<string>(4).fill("2023-04-10")]);
    expect(summary(marks)).toEqual(["p0", "4"]);
    expect(marks[0]?.type === "item" && marks[0].labelWidth).toBe(7 * 20 - 14);
  });
});
