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
