import { describe, expect, it } from "vitest";
import { readShippedRegistries } from "../../tests/unit/ingest-inputs";
import { resolveCompanies } from "./resolve-companies";

const registries = readShippedRegistries();

describe("resolveCompanies", () => {
  it.each([
    [
      "Swedish aluminum producer Gränges and China’s largest producer of aluminum alloy bars – Innovation New Material Technology – agreed to establish a JV",
      ["granges", "innovation-new-material"],
    ],
    [
      "China's state-owned shipbuilder China State Shipbuilding Corp. has secured a record order to deliver 16 large container ships to French shipping giant CMA CGM",
      ["cssc", "cma-cgm"],
    ],
    [
      "Volkswagen announced its software unit Cariad is setting up a joint venture with Chinese technology group ThunderSoft to develop China-specific features for the German automaker's systems",
      ["volkswagen", "cariad", "thundersoft"],
    ],
    ["VW and Huawei Technologies", ["volkswagen", "huawei"]],
  ])("finds the registry companies of %j in order, with no problem", (text, ids) => {
    expect(resolveCompanies(text, registries)).toEqual({ ids, unknown: [], problems: [] });
  });

  it("reports a nationality word that contradicts the registry", () => {
    expect(resolveCompanies("German carmaker Tesla opened a plant", registries).problems).toEqual([
      "the text calls Tesla DE, the companies registry says US",
    ]);
  });

  it.each([
    ["Japanese automaker Kitsune Motors signed a deal", { name: "Kitsune Motors", country: "JP" }],
    ["Fjordcell announced a plant", { name: "Fjordcell", country: null }],
    [
      "Tesla signed with the Example Holdings Group",
      { name: "Example Holdings Group", country: null },
    ],
  ])("finds the unknown company in %j", (text, unknown) => {
    expect(resolveCompanies(text, registries).unknown).toEqual([unknown]);
  });

  it("does not take a country for a company", () => {
    expect(resolveCompanies("Tesla signed an agreement with China", registries).unknown).toEqual(
      [],
    );
  });
});
