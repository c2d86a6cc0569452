import { describe, expect, it } from "vitest";
import { buildCoIssuanceMatrix, toCoIssuancePairs } from "@/domain/timeline/co-issuance";
import { buildPolicy } from "../../../tests/factories/policies";

const EIGHT = ["miit", "cac", "ndrc", "moe", "mot", "pboc", "sasac", "nea"];
const policies = [
  buildPolicy({ id: "ipv6", issuers: EIGHT }),
  buildPolicy({ id: "foundry", issuers: ["miit", "ndrc", "mee"] }),
  buildPolicy({ id: "solo", issuers: ["nea"] }),
];

describe("buildCoIssuanceMatrix", () => {
  const matrix = buildCoIssuanceMatrix(policies);
  const at = (a: string, b: string) =>
    matrix.counts[matrix.bodies.findIndex((body) => body.id === a)]?.[
      matrix.bodies.findIndex((body) => body.id === b)
    ];

  it("orders bodies by their number of documents", () => {
    expect(matrix.bodies.slice(0, 3).map((body) => body.id)).toEqual(["miit", "ndrc", "nea"]);
    expect(matrix.bodies).toHaveLength(9);
  });

  it.each([
    ["miit", "ndrc", 2],
    ["ndrc", "miit", 2],
    ["miit", "nea", 1],
    ["nea", "nea", 2],
    ["mee", "nea", 0],
  ])("counts %s with %s: %i", (a, b, count) => {
    expect(at(a, b)).toBe(count);
  });

  it("knows the largest pair, for the colour scale", () => {
    expect(matrix.maxPair).toBe(2);
  });

  it("lists each pair once, most frequent first", () => {
    const pairs = toCoIssuancePairs(matrix);
    expect(pairs).toHaveLength(28 + 2);
    expect(pairs[0]).toMatchObject({ a: { id: "miit" }, b: { id: "ndrc" }, count: 2 });
  });

  it("is empty without policies", () => {
    expect(buildCoIssuanceMatrix([])).toEqual({ bodies: [], counts: [], maxPair: 0 });
  });
});

describe("co-issuance ties", () => {
  it("orders bodies of equal count by acronym, and pairs by count, then first and second acronym", () => {
    const matrix = buildCoIssuanceMatrix([
      buildPolicy({ id: "p1", issuers: ["x", "y"] }),
      buildPolicy({ id: "p2", issuers: ["x", "y"] }),
      buildPolicy({ id: "p3", issuers: ["y", "z"] }),
      buildPolicy({ id: "p4", issuers: ["y", "w"] }),
      buildPolicy({ id: "p5", issuers: ["z", "w"] }),
    ]);
    // Y is in four documents; W, X and Z in two each.
    expect(matrix.bodies.map((body) => body.id)).toEqual(["y", "w", "x", "z"]);
    expect(toCoIssuancePairs(matrix).map(({ a, b, count }) => [a.id, b.id, count])).toEqual([
      ["y", "x", 2],
      ["w", "z", 1],
      ["y", "w", 1],
      ["y", "z", 1],
    ]);
  });
});

describe("buildCoIssuanceMatrix, colour scale", () => {
  it("takes the largest pair off the diagonal, not a body's own count", () => {
    const matrix = buildCoIssuanceMatrix([
      buildPolicy({ id: "s1", issuers: ["miit"] }),
      buildPolicy({ id: "s2", issuers: ["miit"] }),
      buildPolicy({ id: "j1", issuers: ["miit", "nea"] }),
    ]);
    // miit issued 3 documents, only 1 with nea.
    expect(matrix.counts[0]).toEqual([3, 1]);
    expect(matrix.maxPair).toBe(1);
  });
});
