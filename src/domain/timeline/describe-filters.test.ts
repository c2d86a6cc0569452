import { describe, expect, it } from "vitest";
import {
  describePolicyFilter,
  toFilterParts,
  toFilterSlug,
  type FilterLookup,
} from "@/domain/timeline/describe-filters";
import { buildBody, buildSector } from "../../../tests/factories/policies";
import { EMPTY_POLICY_FILTER, type PolicyFilter } from "@/domain/timeline/timeline-filters";

const lookup: FilterLookup = {
  bodies: new Map(["miit", "nea", "ndrc"].map((id) => [id, buildBody(id)])),
  sectors: new Map([["energy", buildSector("energy")]]),
};
const filter = (patch: Partial<PolicyFilter>): PolicyFilter => ({
  ...EMPTY_POLICY_FILTER,
  ...patch,
});

describe("describePolicyFilter", () => {
  it.each<[Partial<PolicyFilter>, string]>([
    [{}, "All policies"],
    [{ issuers: ["nea"] }, "Issued by NEA"],
    [{ issuers: ["miit", "nea", "ndrc"] }, "Issued by MIIT, NEA or NDRC"],
    [{ issuers: ["miit", "nea"], match: "all" }, "Issued jointly by MIIT and NEA"],
    [{ issuers: ["miit"], leadOnly: true }, "Led by MIIT"],
    [{ leadOnly: true }, "Lead issuers only"],
    [{ sectors: ["energy", "gone"] }, "Sectors: Sector energy, gone"],
    [{ kind: "top5", text: " ipv6 " }, "Top 5 only · Matching “ipv6”"],
    [{ kind: "news" }, "Policy news only"],
    [{ kind: "document" }, "Policy documents only"],
    [{ from: "2023-04-01", to: "2023-04-30" }, "1 Apr 2023 – 30 Apr 2023"],
    [{ to: "2023-04-30" }, "Until 30 Apr 2023"],
  ])("says %j as %s", (patch, words) => {
    expect(describePolicyFilter(filter(patch), lookup)).toBe(words);
  });
});

describe("toFilterParts", () => {
  it("gives one removable chip per value", () => {
    const active = filter({
      issuers: ["miit", "nea"],
      match: "all",
      sectors: ["energy"],
      kind: "news",
      from: "2023-04-01",
      text: "chips",
    });
    const parts = toFilterParts(active, lookup);
    expect(parts.map((part) => part.label)).toEqual([
      "MIIT",
      "NEA",
      "Issued jointly",
      "Sector energy",
      "Policy news only",
      "From 1 Apr 2023",
      "Text: “chips”",
    ]);
    expect(parts[0]?.without.issuers).toEqual(["nea"]);
    expect(parts.at(-1)?.without).toEqual({ ...active, text: "" });
  });

  it("has no chips without filters", () => {
    expect(toFilterParts(EMPTY_POLICY_FILTER, lookup)).toEqual([]);
  });
});

describe("toFilterSlug", () => {
  it("names the filters for a file", () => {
    expect(toFilterSlug(filter({ issuers: ["miit", "nea"], kind: "top5" }))).toBe("miit-nea-top5");
    expect(toFilterSlug(EMPTY_POLICY_FILTER)).toBe("");
  });
});

describe("describePolicyFilter, more wordings", () => {
  it.each<[Partial<PolicyFilter>, string]>([
    [{ sectors: ["energy"] }, "Sector: Sector energy"],
    [{ from: "2023-04-01" }, "From 1 Apr 2023"],
    [{ text: "   " }, "All policies"],
  ])("says %j as %s", (patch, words) => {
    expect(describePolicyFilter(filter(patch), lookup)).toBe(words);
  });
});

describe("toFilterParts, chip keys and removal", () => {
  it("keys every chip by what it removes", () => {
    const active = filter({
      issuers: ["miit", "nea"],
      match: "all",
      sectors: ["energy", "steel"],
      kind: "top5",
      from: "2023-04-01",
      to: "2023-04-30",
      text: "chips",
    });
    expect(toFilterParts(active, lookup).map((part) => part.key)).toEqual([
      "issuer:miit",
      "issuer:nea",
      "match",
      "sector:energy",
      "sector:steel",
      "kind",
      "from",
      "to",
      "text",
    ]);
  });

  it("removes only its own sector, and the joint match only clears the match", () => {
    const active = filter({ issuers: ["miit", "nea"], match: "all", sectors: ["energy", "steel"] });
    const parts = toFilterParts(active, lookup);
    expect(parts.find((part) => part.key === "sector:energy")?.without).toEqual({
      ...active,
      sectors: ["steel"],
    });
    expect(parts.find((part) => part.key === "sector:steel")?.without).toEqual({
      ...active,
      sectors: ["energy"],
    });
    expect(parts.find((part) => part.key === "match")?.without).toEqual({
      ...active,
      match: "any",
    });
  });

  it("shows no joint chip for a single issuer or for any-of matching", () => {
    const labels = (patch: Partial<PolicyFilter>) =>
      toFilterParts(filter(patch), lookup).map((part) => part.label);
    expect(labels({ issuers: ["miit"], match: "all" })).toEqual(["MIIT"]);
    expect(labels({ issuers: ["miit", "nea"], match: "any" })).toEqual(["MIIT", "NEA"]);
  });

  it("has a lead-issuer chip that turns lead-only off", () => {
    const active = filter({ issuers: ["miit"], leadOnly: true });
    expect(toFilterParts(active, lookup).slice(1)).toEqual([
      { key: "lead", label: "Lead issuer only", without: { ...active, leadOnly: false } },
    ]);
  });

  it("has an end-date chip that clears only the end", () => {
    const active = filter({ from: "2023-04-01", to: "2023-04-30" });
    expect(toFilterParts(active, lookup)).toEqual([
      { key: "from", label: "From 1 Apr 2023", without: { ...active, from: null } },
      { key: "to", label: "Until 30 Apr 2023", without: { ...active, to: null } },
    ]);
  });

  it("trims the search text in its chip and ignores blank text", () => {
    const active = filter({ text: "  chips  " });
    expect(toFilterParts(active, lookup)).toEqual([
      { key: "text", label: "Text: “chips”", without: { ...active, text: "" } },
    ]);
    expect(toFilterParts(filter({ text: "   " }), lookup)).toEqual([]);
  });
});

describe("toFilterSlug, long filters", () => {
  it("cuts the slug to 60 characters without a trailing dash", () => {
    const issuers = ["aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc", "dddddddddd", "eeeeeeeeee"];
    // 5 × 10 letters + 4 dashes = 54; "-ffffffffff" would end at 65, so the cut falls inside it.
    expect(toFilterSlug(filter({ issuers: [...issuers, "ffffffffff"] }))).toBe(
      "aaaaaaaaaa-bbbbbbbbbb-cccccccccc-dddddddddd-eeeeeeeeee-fffff",
    );
    // Six ids of nine letters: the 60th character is the dash after the sixth.
    const nine = ["a", "b", "c", "d", "e", "f", "g"].map((letter) => letter.repeat(9));
    expect(toFilterSlug(filter({ issuers: nine }))).toBe(
      "aaaaaaaaa-bbbbbbbbb-ccccccccc-ddddddddd-eeeeeeeee-fffffffff",
    );
  });
});
