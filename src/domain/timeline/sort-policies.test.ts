import { describe, expect, it } from "vitest";
import { sortPolicies } from "@/domain/timeline/sort-policies";
import { buildPolicy } from "../../../tests/factories/policies";
import type { ListSort } from "@/domain/timeline/timeline-filters";

const policies = [
  buildPolicy({ id: "b", date: "2023-04-14", issuers: ["nea"] }),
  buildPolicy({ id: "a", date: "2023-04-14", issuers: ["miit", "nea"] }),
  buildPolicy({ id: "c", date: "2023-03", issuers: ["cac"] }),
  buildPolicy({ id: "d", date: "2023-04-20", issuers: ["miit"] }),
];

describe("sortPolicies", () => {
  it.each<[ListSort, string[]]>([
    ["date-desc", ["d", "a", "b", "c"]],
    ["date-asc", ["c", "a", "b", "d"]],
    ["issuer-asc", ["c", "d", "a", "b"]],
    ["issuer-desc", ["b", "d", "a", "c"]],
  ])("orders by %s", (sort, expected) => {
    expect(sortPolicies(policies, sort).map((p) => p.id)).toEqual(expected);
  });

  it("leaves its input alone", () => {
    sortPolicies(policies, "date-asc");
    expect(policies.map((p) => p.id)).toEqual(["b", "a", "c", "d"]);
  });
});

describe("sortPolicies, a policy without issuers", () => {
  it("puts it first by issuer A to Z, as an empty name", () => {
    const listed = [
      buildPolicy({ id: "known", issuers: ["cac"] }),
      buildPolicy({ id: "orphan", issuers: [] }),
    ];
    expect(sortPolicies(listed, "issuer-asc").map((policy) => policy.id)).toEqual([
      "orphan",
      "known",
    ]);
  });
});
