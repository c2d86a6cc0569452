import { describe, expect, it } from "vitest";
import { buildIssuer, buildSector } from "../../../tests/factories/targets";
import {
  describeTargetFilters,
  describeTargetFocus,
  toTargetFilterSlug,
} from "@/domain/targets/describe-target-filters";
import { EMPTY_TARGET_FILTERS, type TargetFilters } from "@/domain/targets/targets-view";

const registries = {
  issuingBodies: [buildIssuer("miit"), buildIssuer("ndrc"), buildIssuer("mot")],
  sectors: [buildSector("foundry-forging"), buildSector("energy")],
};
const filters = (patch: Partial<TargetFilters>): TargetFilters => ({
  ...EMPTY_TARGET_FILTERS,
  ...patch,
});

describe("describeTargetFilters", () => {
  it.each<[Partial<TargetFilters>, string]>([
    [{}, "All targets"],
    [{ issuers: ["miit", "ndrc"], years: ["2025"] }, "MIIT, NDRC · Targets for 2025"],
    [{ sectors: ["foundry-forging", "energy"] }, "Foundry forging, Energy"],
    [{ years: ["2030", "2025"] }, "Targets for 2025 and 2030"],
    [{ years: ["2035", "2025", "2030"] }, "Targets for 2025, 2030 and 2035"],
    [{ years: ["none"] }, "No year stated"],
    [{ years: ["none", "2025"] }, "Targets for 2025, or no year stated"],
    [{ quantitativeOnly: true }, "Targets with a number"],
    [{ issuers: ["unknown-body"] }, "unknown-body"],
    [
      { issuers: ["mot"], sectors: ["energy"], years: ["2025"], quantitativeOnly: true },
      "MOT · Energy · Targets for 2025 · Targets with a number",
    ],
  ])("describes %j as %s", (patch, words) => {
    expect(describeTargetFilters(filters(patch), registries)).toBe(words);
  });
});

describe("toTargetFilterSlug", () => {
  it.each<[Partial<TargetFilters>, string]>([
    [{}, ""],
    [{ issuers: ["miit", "ndrc"], years: ["2025"] }, "miit-ndrc-2025"],
    [
      { sectors: ["energy"], years: ["none", "2025"], quantitativeOnly: true },
      "energy-2025-no-year-quantitative",
    ],
  ])("names %j %s", (patch, slug) => {
    expect(toTargetFilterSlug(filters(patch))).toBe(slug);
  });
});

describe("describeTargetFocus", () => {
  it.each([
    [{}, null],
    [{ sector: "foundry-forging", year: "2025" as const }, "Foundry forging · 2025"],
    [{ sector: "energy", issuers: ["miit"] }, "Energy · MIIT"],
    [{ issuers: ["mot", "ndrc"] }, "Issued by any of MOT, NDRC"],
    [{ year: "none" as const, kind: "qualitative" as const }, "No year stated · Without a number"],
    [{ target: "t1" }, "One target"],
    [{ kind: "quantitative" as const }, "With a number"],
  ])("describes %j as %s", (focus, words) => {
    expect(describeTargetFocus(focus, registries)).toBe(words);
  });
});
