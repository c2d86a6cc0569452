import { describe, expect, it } from "vitest";
import { describePolicy, policyTitle } from "@/domain/timeline/policy-label";
import { buildPolicy } from "../../../tests/factories/policies";

describe("policyTitle", () => {
  it.each([
    [{ headline: "Going hammer and tongs" }, "Going hammer and tongs"],
    [
      { summary: "The NEA outlined its priorities. It also said more." },
      "The NEA outlined its priorities.",
    ],
    [{ summary: "No sentence end here" }, "No sentence end here"],
    [{ summary: "R&D costs of 3.5 bn. yuan rise." }, "R&D costs of 3.5 bn."],
  ])("calls %j %s", (overrides, title) => {
    expect(policyTitle(buildPolicy({ id: "p", ...overrides }))).toBe(title);
  });

  it("shortens a long first sentence at a word", () => {
    const title = policyTitle(buildPolicy({ id: "p", summary: `${"word ".repeat(60)}end.` }));
    expect(title.length).toBeLessThanOrEqual(141);
    expect(title.endsWith("word…")).toBe(true);
  });
});

describe("describePolicy", () => {
  it("names kind, title, day and issuers with the lead", () => {
    const policy = buildPolicy({
      id: "p",
      kind: "top5",
      headline: "IPv6.",
      issuers: ["miit", "cac", "nea"],
    });
    expect(describePolicy(policy)).toBe(
      "Top 5: IPv6. 14 Apr 2023. Issued by MIIT (lead), CAC and NEA.",
    );
  });

  it("says when the issuer is unknown", () => {
    expect(describePolicy(buildPolicy({ id: "p", issuers: [] }))).toBe(
      "Policy news: Policy p was issued. 14 Apr 2023. Issuing body unknown.",
    );
  });

  it("says when the analyst added the policy's brief on this device", () => {
    const policy = buildPolicy({
      id: "p",
      added: { at: "2026-12-02T10:00:00.000Z", source: "june.pdf" },
    });
    expect(describePolicy(policy)).toBe(
      "Policy news: Policy p was issued. 14 Apr 2023. Issued by MIIT. Added on this device, 2 December 2026.",
    );
  });
});

describe("policyTitle, long first sentences", () => {
  const titleOf = (summary: string) => policyTitle(buildPolicy({ id: "p", summary }));

  it("keeps a first sentence of exactly 140 characters whole", () => {
    expect(titleOf(`${"a".repeat(139)}. More.`)).toBe(`${"a".repeat(139)}.`);
  });

  it("cuts at the last space before 140 characters, not inside a word", () => {
    // "ab " repeated: the 140th character ends an "ab", the last space before it is at 137.
    expect(titleOf(`${"ab ".repeat(60)}end.`)).toBe(`${"ab ".repeat(45)}ab…`);
  });

  it("cuts inside a word when the last space comes in the first half", () => {
    expect(titleOf(`A ${"x".repeat(200)}.`)).toBe(`A ${"x".repeat(138)}…`);
    // A space at exactly 70 (half of 140) is still too early to cut at.
    expect(titleOf(`${"y".repeat(70)} ${"z".repeat(100)}.`)).toBe(
      `${"y".repeat(70)} ${"z".repeat(69)}…`,
    );
  });

  it("drops a comma and spaces left at the cut", () => {
    expect(titleOf(`${"w".repeat(100)},  ${"v".repeat(60)}.`)).toBe(`${"w".repeat(100)}…`);
  });
});

describe("describePolicy, titles with inner full stops", () => {
  it("drops only the title's final full stop", () => {
    const policy = buildPolicy({ id: "p", headline: "Version 2.0 of the plan." });
    expect(describePolicy(policy)).toBe(
      "Policy news: Version 2.0 of the plan. 14 Apr 2023. Issued by MIIT.",
    );
  });
});
