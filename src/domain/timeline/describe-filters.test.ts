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
