import { describe, expect, it } from "vitest";
import { toOrdinal } from "@/core/calendar-date";
import { itemKey } from "@/domain/timeline/cluster-lane";
import { findMarkKey, headerKey, moveFocus, type NavKey } from "@/domain/timeline/keyboard-nav";
import { buildLanes } from "@/domain/timeline/lanes";
import { layoutTimeline } from "@/domain/timeline/layout-timeline";
import { buildPolicy } from "../../../tests/factories/policies";

const policies = [
  buildPolicy({ id: "a1", date: "2023-04-03", issuers: ["miit"] }),
  buildPolicy({ id: "a2", date: "2023-04-20", issuers: ["miit", "nea"] }),
  buildPolicy({ id: "a3", date: "2023-06-20", issuers: ["miit"] }),
  buildPolicy({ id: "b1", date: "2023-04-05", issuers: ["nea"] }),
];
const lanes = buildLanes(policies, { leadOnly: false, order: "name" });
const layout = layoutTimeline(
  lanes,
  { start: toOrdinal(2023, 4, 1), end: toOrdinal(2023, 5, 1) },
  600,
);

describe("moveFocus", () => {
  it.each<[string, NavKey, string]>([
    [itemKey("miit", "a1"), "right", itemKey("miit", "a2")],
    [itemKey("miit", "a2"), "left", itemKey("miit", "a1")],
    [itemKey("miit", "a1"), "left", headerKey("miit")],
    [headerKey("miit"), "left", headerKey("miit")],
    [headerKey("miit"), "down", headerKey("nea")],
    [itemKey("miit", "a1"), "down", itemKey("nea", "b1")],
    [itemKey("miit", "a2"), "down", itemKey("nea", "a2")],
    [itemKey("nea", "b1"), "up", itemKey("miit", "a1")],
    [itemKey("nea", "b1"), "down", itemKey("nea", "b1")],
    [itemKey("nea", "a2"), "home", itemKey("nea", "b1")],
    [headerKey("miit"), "end", itemKey("miit", "a2")],
  ])("from %s, %s goes to %s", (from, key, to) => {
    expect(moveFocus(layout, from, key)).toEqual({ type: "focus", key: to });
  });

  it("reveals the next policy beyond the visible range", () => {
    expect(moveFocus(layout, itemKey("miit", "a2"), "right")).toMatchObject({
      type: "reveal",
      laneKey: "miit",
      entry: { policy: { id: "a3" } },
    });
  });

  it("stays put at the end of a lane with nothing beyond", () => {
    expect(moveFocus(layout, itemKey("nea", "a2"), "right")).toEqual({
      type: "focus",
      key: itemKey("nea", "a2"),
    });
  });

  it("knows no way from a mark that is not drawn", () => {
    expect(moveFocus(layout, "gone/x", "right")).toBeNull();
  });
});

describe("findMarkKey", () => {
  it("finds a policy's own mark, or none when it is not drawn", () => {
    expect(findMarkKey(layout, "nea", "a2")).toBe(itemKey("nea", "a2"));
    expect(findMarkKey(layout, "miit", "a3")).toBeNull();
  });
});

describe("moveFocus, stacks and the left edge", () => {
  const april = { start: toOrdinal(2023, 4, 1), end: toOrdinal(2023, 5, 1) };
  const stacked = [
    buildPolicy({ id: "early", date: "2023-03-01", issuers: ["miit"] }),
    buildPolicy({ id: "m1", date: "2023-04-10", issuers: ["miit"] }),
    buildPolicy({ id: "n1", date: "2023-04-10", issuers: ["nea"] }),
    buildPolicy({ id: "n2", date: "2023-04-10", issuers: ["nea"] }),
  ];
  const stackedLayout = layoutTimeline(
    buildLanes(stacked, { leadOnly: false, order: "name" }),
    april,
    600,
  );

  it("goes down to the top mark of a stack at the same day", () => {
    expect(moveFocus(stackedLayout, itemKey("miit", "m1"), "down")).toEqual({
      type: "focus",
      key: itemKey("nea", "n1"),
    });
  });

  it("stays on the lane header on left, even with policies before the view", () => {
    expect(moveFocus(stackedLayout, headerKey("miit"), "left")).toEqual({
      type: "focus",
      key: headerKey("miit"),
    });
  });
});

describe("findMarkKey, clusters", () => {
  it("finds the cluster a policy fell into, and none for a policy of another lane", () => {
    const crowded = ["c1", "c2", "c3", "c4"].map((id) =>
      buildPolicy({ id, date: "2023-04-14", issuers: ["nea"] }),
    );
    const crowdedLayout = layoutTimeline(
      buildLanes(crowded, { leadOnly: false, order: "name" }),
      { start: toOrdinal(2023, 4, 1), end: toOrdinal(2023, 5, 1) },
      600,
    );
    expect(findMarkKey(crowdedLayout, "nea", "c3")).toBe("nea#cluster/c1");
    expect(findMarkKey(crowdedLayout, "nea", "x9")).toBeNull();
  });
});

describe("moveFocus, revealing past the view's right edge", () => {
  it("goes right from the header of a lane with no mark in view to its next policy", () => {
    const lanes = buildLanes([buildPolicy({ id: "j1", date: "2023-06-20", issuers: ["miit"] })], {
      leadOnly: false,
      order: "name",
    });
    const april = { start: toOrdinal(2023, 4, 1), end: toOrdinal(2023, 5, 1) };
    expect(moveFocus(layoutTimeline(lanes, april, 600), headerKey("miit"), "right")).toMatchObject({
      type: "reveal",
      laneKey: "miit",
      entry: { policy: { id: "j1" } },
    });
  });

  it("reveals the policy after the last mark, not the last mark sitting on the view's end", () => {
    const lanes = buildLanes(
      [
        buildPolicy({ id: "e1", date: "2023-04-30", issuers: ["miit"] }),
        buildPolicy({ id: "e2", date: "2023-05-05", issuers: ["miit"] }),
      ],
      { leadOnly: false, order: "name" },
    );
    // The view ends mid-day on 30 April, right where that day's mark is drawn.
    const range = { start: toOrdinal(2023, 4, 1), end: toOrdinal(2023, 4, 30) + 0.5 };
    const layout = layoutTimeline(lanes, range, 600);
    expect(findMarkKey(layout, "miit", "e1")).toBe(itemKey("miit", "e1"));
    expect(moveFocus(layout, itemKey("miit", "e1"), "right")).toMatchObject({
      type: "reveal",
      laneKey: "miit",
      entry: { policy: { id: "e2" } },
    });
  });
});
