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

describe("layoutLaneMarks, keys and edges", () => {
  it("keys a cluster by its lane and first policy", () => {
    const marks = marksOf(["2023-04-14", "2023-04-14", "2023-04-14", "2023-04-15"]);
    expect(marks.map((mark) => mark.key)).toEqual(["nea#cluster/p0"]);
  });

  it("sets marks exactly one slot apart side by side, not stacked", () => {
    // 24 px a day over April's 30 days: 3 and 4 April are one 24 px slot apart.
    const marks = marksOf(["2023-04-03", "2023-04-04"], april, 720);
    expect(marks.map((mark) => [mark.x, mark.y])).toEqual([
      [2.5 * 24, 23],
      [3.5 * 24, 23],
    ]);
  });

  it("draws a mark just inside either edge of the plot", () => {
    // 20 px a day: 1 April at 10 px, 30 April at 590 px of 600.
    const marks = marksOf(["2023-04-01", "2023-04-30"]);
    expect(marks.map((mark) => mark.x)).toEqual([10, 590]);
  });

  it("drops marks more than half a slot beyond either edge", () => {
    // 40 px a day: 31 March at -20 px and 1 May at 1220 px of 1200, both past half a slot (12).
    expect(marksOf(["2023-03-31", "2023-05-01"], april, 1200)).toEqual([]);
  });

  it("keeps a mark exactly half a slot beyond either edge", () => {
    // 24 px a day: 31 March at -12 px and 1 May at 732 px of 720, both exactly half a slot out.
    const marks = marksOf(["2023-03-31", "2023-05-01"], april, 720);
    expect(marks.map((mark) => [summary([mark])[0], mark.x])).toEqual([
      ["p0", -12],
      ["p1", 732],
    ]);
  });

  it("drops a group that starts well before the plot, with its later members", () => {
    // 29 and 30 March at -50 and -30 px: one group, drawn (or not) at its first.
    expect(marksOf(["2023-03-29", "2023-03-30"])).toEqual([]);
  });

  it("ends the label of a top-row item at a cluster one row below its line", () => {
    // Three on 3 April at 11, 23 and 35 px; four on 10 April make a cluster at 23 px, 12 px
    // below the top label: closer than a cluster's pill needs (13) for a label to pass.
    const marks = marksOf([
      ...Array<string>(3).fill("2023-04-03"),
      ...Array<string>(4).fill("2023-04-10"),
    ]);
    const room = marks.map((mark) => [mark.y, mark.type === "item" ? mark.labelWidth : null]);
    expect(room).toEqual([
      [11, 190 - 50 - 14],
      [23, 190 - 50 - 14],
      [35, 190 - 50 - 14],
      [23, null],
    ]);
  });
});

describe("layoutLaneMarks, year bands in a plot that cuts the year", () => {
  // 2 July 2015 to 2 July 2016: 366 days on 366 px, so 1 January 2015 is at -182 px,
  // 1 January 2016 at 183 px and 1 January 2017 at 549 px.
  const midYear = { start: toOrdinal(2015, 7, 2), end: toOrdinal(2016, 7, 2) };

  it("clips a band to half a slot past the plot and centres it on the part shown", () => {
    const marks = marksOf(["2015", "2016"], midYear, 366);
    expect(marks.map((mark) => (mark.type === "item" ? [mark.x0, mark.x1, mark.x] : null))).toEqual(
      [
        [-12, 183, 85.5],
        [183, 378, 280.5],
      ],
    );
  });

  it("leaves out years wholly before or after the plot", () => {
    expect(summary(marksOf(["2013", "2014", "2018", "2018"], midYear, 366))).toEqual([]);
    expect(summary(marksOf(["2014", "2015", "2019"], midYear, 366))).toEqual(["p1"]);
  });

  it("keeps a year band that ends at the plot's left edge or starts at its right edge", () => {
    // 2016 on 366 px: 2015 ends at 0 px, 2017 starts at 366 px; each is drawn at that edge.
    const year2016 = { start: toOrdinal(2016, 1, 1), end: toOrdinal(2017, 1, 1) };
    const marks = marksOf(["2015", "2017"], year2016, 366);
    expect(marks.map((mark) => [summary([mark])[0], mark.x])).toEqual([
      ["p0", 0],
      ["p1", 366],
    ]);
  });

  it("orders a year band among the dated marks by its position", () => {
    // The 2015 band sits at 85.5 px; 1 May 2016 at 304.5 px, 10 July 2015 at 8.5 px.
    const marks = marksOf(["2016-05-01", "2015", "2015-07-10"], midYear, 366);
    expect(marks.map((mark) => [summary([mark])[0], mark.x])).toEqual([
      ["p2", 8.5],
      ["p1", 85.5],
      ["p0", 304.5],
    ]);
  });
});
