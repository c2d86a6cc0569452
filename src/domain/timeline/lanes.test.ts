import { describe, expect, it } from "vitest";
import type { Policy } from "@/data/model";
import {
  buildLanes,
  indexLanes,
  policyExtent,
  selectLanes,
  toLaneEntry,
  UNKNOWN_LANE_KEY,
} from "@/domain/timeline/lanes";
import { buildBody, buildPolicy } from "../../../tests/factories/policies";
import { toOrdinal } from "@/core/calendar-date";

const EIGHT = ["miit", "cac", "ndrc", "moe", "mot", "pboc", "sasac", "nea"];
const ipv6 = buildPolicy({ id: "ipv6", date: "2023-04-23", issuers: EIGHT });
const neaA = buildPolicy({ id: "nea-a", date: "2023-04-14", issuers: ["nea"] });
const neaB = buildPolicy({ id: "nea-b", date: "2023-04-14", issuers: ["nea"] });
const party = buildPolicy({ id: "party", issuers: [buildBody("ccp", "party-organ")] });
const orphan = buildPolicy({ id: "orphan", issuers: [] });

const keys = (policies = [ipv6, neaA, neaB], options = {}) =>
  buildLanes(policies, { leadOnly: false, order: "count", ...options }).map((lane) => lane.key);

describe("buildLanes", () => {
  it("puts a document with eight issuers in eight lanes, the first marked as lead", () => {
    const lanes = buildLanes([ipv6], { leadOnly: false, order: "name" });
    expect(lanes).toHaveLength(8);
    const leads = lanes.filter((lane) => lane.entries[0]?.isLead).map((lane) => lane.key);
    expect(leads).toEqual(["miit"]);
    expect(new Set(lanes.map((lane) => lane.entries[0]?.policy))).toEqual(new Set([ipv6]));
  });

  it("places each document in its lead's lane only when asked", () => {
    expect(keys([ipv6, neaA], { leadOnly: true })).toEqual(["miit", "nea"]);
  });

  it("keeps two items of one day in one lane, in a stable order", () => {
    const [nea] = buildLanes([neaB, neaA], { leadOnly: false, order: "count" });
    expect(nea?.entries.map((entry) => entry.policy.id)).toEqual(["nea-a", "nea-b"]);
  });

  it.each([
    ["count", ["nea", "cac", "miit", "moe", "mot", "ndrc", "pboc", "sasac"]],
    ["name", ["cac", "miit", "moe", "mot", "ndrc", "nea", "pboc", "sasac"]],
  ] as const)("orders lanes by %s", (order, expected) => {
    expect(keys(undefined, { order })).toEqual(expected);
  });

  it("orders by kind of body, party organs first", () => {
    expect(keys([party, neaA], { order: "kind" })).toEqual(["ccp", "nea"]);
  });

  it("puts the bodies chosen in the filter first", () => {
    expect(keys(undefined, { pinned: ["sasac"] }).slice(0, 2)).toEqual(["sasac", "nea"]);
  });

  it("keeps policies whose issuers are not in the registry, in a last lane", () => {
    expect(keys([orphan, neaA])).toEqual(["nea", UNKNOWN_LANE_KEY]);
    expect(keys([neaA, orphan], { order: "name" })).toEqual(["nea", UNKNOWN_LANE_KEY]);
  });

  it("has no lanes when no policy is left", () => {
    expect(buildLanes([], { leadOnly: false, order: "count" })).toEqual([]);
  });
});

describe("toLaneEntry", () => {
  it.each([
    ["2023-04-14", toOrdinal(2023, 4, 14), toOrdinal(2023, 4, 15)],
    ["2023-04", toOrdinal(2023, 4, 1), toOrdinal(2023, 5, 1)],
    ["2023", toOrdinal(2023, 1, 1), toOrdinal(2024, 1, 1)],
  ])("covers the days of %s and sits in their middle", (date, start, end) => {
    const entry = toLaneEntry(buildPolicy({ id: "p", date }), true);
    expect(entry).toMatchObject({ start, end, at: (start + end) / 2 });
  });
});

describe("policyExtent", () => {
  it("covers the first day of the earliest date to the end of the latest", () => {
    const policies = [
      buildPolicy({ id: "a", date: "2023-04-14" }),
      buildPolicy({ id: "b", date: "2023-05" }),
      buildPolicy({ id: "c", date: "2022-12-31" }),
    ];
    expect(policyExtent(policies)).toEqual({
      start: toOrdinal(2022, 12, 31),
      end: toOrdinal(2023, 6, 1),
    });
    expect(policyExtent([])).toBeNull();
  });
});

describe("selectLanes", () => {
  const index = indexLanes([neaA, ipv6, neaB]);
  const select = (policies: Policy[], leadOnly = false) =>
    selectLanes(index, policies, { leadOnly, order: "count" }).map((lane) => [
      lane.key,
      lane.entries.map((entry) => entry.policy.id),
    ]);

  it("gives the same lanes as grouping from scratch", () => {
    for (const policies of [[neaA, ipv6, neaB], [neaB, ipv6], [ipv6], []]) {
      expect(selectLanes(index, policies, { leadOnly: false, order: "name" })).toEqual(
        buildLanes(policies, { leadOnly: false, order: "name" }),
      );
    }
  });

  it("keeps the picked policies in order and leaves emptied lanes out", () => {
    expect(select([neaB, ipv6]).find(([key]) => key === "nea")).toEqual(["nea", ["nea-b", "ipv6"]]);
    expect(select([neaA, neaB])).toEqual([["nea", ["nea-a", "nea-b"]]]);
  });

  it("uses the lead issuers' lanes when asked", () => {
    expect(select([ipv6, neaA], true)).toEqual([
      ["miit", ["ipv6"]],
      ["nea", ["nea-a"]],
    ]);
  });
});

describe("buildLanes, ordering by kind of body", () => {
  const council = buildBody("zsc", "state-council");
  const policies = [
    buildPolicy({ id: "a1", issuers: ["aaa"] }),
    buildPolicy({ id: "b1", issuers: ["bbb"] }),
    buildPolicy({ id: "b2", issuers: ["bbb"] }),
    buildPolicy({ id: "c1", issuers: ["ccc"] }),
    buildPolicy({ id: "z1", issuers: [council] }),
  ];

  it("puts the State Council above ministries, then the busiest, then by name", () => {
    expect(keys(policies, { order: "kind" })).toEqual(["zsc", "bbb", "aaa", "ccc"]);
  });

  it("ignores the kind of body when ordering by count", () => {
    expect(keys(policies, { order: "count" })).toEqual(["bbb", "aaa", "ccc", "zsc"]);
  });
});

describe("buildLanes, issuers not in the registry", () => {
  it("never marks a policy in the unknown-issuer lane as led by that lane", () => {
    const [unknown] = buildLanes([orphan], { leadOnly: false, order: "count" });
    expect(unknown?.entries.map((entry) => entry.isLead)).toEqual([false]);
  });
});
