import { describe, expect, it } from "vitest";
import { countPoliciesByIssuer } from "@/domain/briefs/policies-by-issuer";
import { buildPolicy } from "../../../tests/factories/policies";

const counted = (issuerLists: string[][]) =>
  countPoliciesByIssuer(
    issuerLists.map((issuers, at) => buildPolicy({ id: `p${at}`, issuers })),
  ).map(({ body, lead, coIssuer, total }) => [body.acronym, lead, coIssuer, total]);

describe("countPoliciesByIssuer", () => {
  it("counts a co-issued policy once for each body, as lead for the first-listed", () => {
    expect(counted([["miit", "ndrc", "mee"], ["miit"], ["cac"], ["moe", "miit"]])).toEqual([
      ["MIIT", 2, 1, 3],
      ["CAC", 1, 0, 1],
      ["MOE", 1, 0, 1],
      ["MEE", 0, 1, 1],
      ["NDRC", 0, 1, 1],
    ]);
  });

  it("has no rows for no policies", () => {
    expect(counted([])).toEqual([]);
  });
});
