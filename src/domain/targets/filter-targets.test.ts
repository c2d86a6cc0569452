import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "@/data/model";
import { loadShippedDataset } from "../../../tests/disk-dataset";
import {
  buildIssuer,
  buildQuantity,
  buildSector,
  buildTarget,
} from "../../../tests/factories/targets";
import {
  countTargetFacets,
  filterTargets,
  hasFocus,
  isInFocus,
  showsSelection,
} from "@/domain/targets/filter-targets";
import { EMPTY_TARGET_FILTERS, type TargetFilters } from "@/domain/targets/targets-view";

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadShippedDataset();
});

const filters = (patch: Partial<TargetFilters>): TargetFilters => ({
  ...EMPTY_TARGET_FILTERS,
  ...patch,
});

// Counted by hand from the brief: 19 Top 5 bullets (foundry 4, CAC 4, majors 4, IPv6 4, SMEs 3)
// and one policy news clause (MIIT, automotive chip standards, by 2025). Before issue 14 two
// bullets with two figures each counted twice, so every count with them was two higher.
describe("filterTargets on the brief of 3 May 2023", () => {
  it.each<[string, Partial<TargetFilters>, number]>([
    ["no filter", {}, 20],
    ["MIIT, lead or co-issuer", { issuers: ["miit"] }, 16],
    ["CAC", { issuers: ["cac"] }, 8],
    ["CAC or MOE (either)", { issuers: ["cac", "moe"] }, 12],
    ["the foundry sector", { sectors: ["foundry-forging"] }, 4],
    ["targets for 2025", { years: ["2025"] }, 13],
    ["targets with no year", { years: ["none"] }, 7],
    ["targets with a number", { quantitativeOnly: true }, 5],
    ["MIIT and no year (both)", { issuers: ["miit"], years: ["none"] }, 3],
    [
      "MIIT, foundry, with a number",
      { issuers: ["miit"], sectors: ["foundry-forging"], quantitativeOnly: true },
      1,
    ],
    ["an issuer with no targets", { issuers: ["pboc-unknown"] }, 0],
  ])("keeps %s", (_, patch, count) => {
    expect(filterTargets(dataset.targets, filters(patch))).toHaveLength(count);
  });
});

describe("countTargetFacets", () => {
  it("counts each facet under the other filters, co-issuers once per body", () => {
    const counts = countTargetFacets(
      dataset.targets,
      filters({ issuers: ["miit"], years: ["none"] }),
    );
    // The issuer facet ignores its own selection: CAC's 8 targets would be added, 4 have no year.
    expect(counts.issuers.get("cac")).toBe(4);
    expect(counts.issuers.get("miit")).toBe(3);
    // The year facet ignores the year selection but keeps MIIT.
    expect(counts.years.get("2025")).toBe(13);
    expect(counts.years.get("none")).toBe(3);
    expect(counts.sectors.get("smes-innovation")).toBe(3);
    expect(counts.quantitative).toBe(0);
  });
});

describe("isInFocus", () => {
  const target = buildTarget({
    targetYear: null,
    quantities: [buildQuantity({ value: 30 })],
    issuingBodies: [buildIssuer("miit"), buildIssuer("ndrc")],
  });

  it.each([
    [{}, true],
    [{ sector: "energy" }, true],
    [{ sector: "steel" }, false],
    [{ year: "none" as const }, true],
    [{ year: "2025" as const }, false],
    [{ issuers: ["ndrc"] }, true],
    [{ issuers: ["mot", "pboc"] }, false],
    [{ kind: "quantitative" as const }, true],
    [{ kind: "qualitative" as const }, false],
    [{ target: "t1", sector: "energy" }, true],
    [{ target: "t2" }, false],
  ])("checks every part of the selection %j", (focus, expected) => {
    expect(isInFocus(target, focus)).toBe(expected);
    expect(hasFocus(focus)).toBe(Object.keys(focus).length > 0);
  });
});

describe("showsSelection", () => {
  it("lights the bars of every chart that hold a selected target", () => {
    const focus = { sector: "foundry-forging", year: "2025" as const };
    const selected = dataset.targets.filter((target) => isInFocus(target, focus));
    const foundryPercent = "2023-04-14-foundry-forging-opinions-t2";
    expect(showsSelection(selected, focus, { target: foundryPercent })).toBe(true);
    expect(
      showsSelection(selected, focus, { target: "2023-04-04-higher-education-majors-reform-t1" }),
    ).toBe(false);
    expect(showsSelection(selected, focus, { year: "2025", kind: "quantitative" })).toBe(true);
    expect(showsSelection(selected, focus, { year: "none", kind: "qualitative" })).toBe(false);
    expect(showsSelection(selected, focus, { sector: "foundry-forging", issuers: ["mee"] })).toBe(
      true,
    );
    expect(showsSelection(selected, focus, { sector: "foundry-forging", issuers: ["cac"] })).toBe(
      false,
    );
  });

  it("lights everything when nothing is selected", () => {
    expect(showsSelection([], {}, { sector: "steel" })).toBe(true);
  });
});

describe("filterTargets and countTargetFacets on hand-made targets", () => {
  it("keeps the targets of a chosen sector, and of a chosen year", () => {
    const targets = [
      buildTarget({ id: "t1", sector: buildSector("steel"), targetYear: 2025 }),
      buildTarget({ id: "t2", sector: buildSector("energy"), targetYear: 2030 }),
    ];
    const ids = (patch: Partial<TargetFilters>) =>
      filterTargets(targets, filters(patch)).map((target) => target.id);
    expect(ids({ sectors: ["steel"] })).toEqual(["t1"]);
    expect(ids({ years: ["2030"] })).toEqual(["t2"]);
  });

  it("counts a sector only for targets that pass the other filters, and counts those with a number", () => {
    const targets = [
      buildTarget({ id: "t1", issuingBodies: [buildIssuer("miit")], quantities: [] }),
      buildTarget({
        id: "t2",
        issuingBodies: [buildIssuer("cac")],
        quantities: [buildQuantity({ value: 30 })],
      }),
    ];
    expect(countTargetFacets(targets, filters({ issuers: ["miit"] })).sectors.get("energy")).toBe(
      1,
    );
    expect(countTargetFacets(targets, filters({})).quantitative).toBe(1);
  });

  it("sees no selection in a focus whose parts are all unset", () => {
    expect(hasFocus({ sector: undefined, year: undefined })).toBe(false);
  });
});
