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
    ["Japan's carmaker Kitsune Motors opened a plant", { name: "Kitsune Motors", country: "JP" }],
    ["Japan’s carmaker Kitsune Motors opened a plant", { name: "Kitsune Motors", country: "JP" }],
    ["The Kitsune Group announced a plant", { name: "Kitsune Group", country: null }],
    ["Thermo Fisher announced a plant", { name: "Thermo Fisher", country: null }],
    ["Tesla signed with Bank of The Orient", { name: "Bank of The Orient", country: null }],
    [
      "Tesla signed with Macy's Department Stores",
      { name: "Macy's Department Stores", country: null },
    ],
    ["Tesla agreed with Fjordcell's founders", { name: "Fjordcell", country: null }],
    ["SK announced a plant", { name: "SK", country: null }],
    // A Chinese registry name ends where the Latin name begins: they are two companies.
    ["空中客车Kitsune Corp opened a plant", { name: "Kitsune Corp", country: null }],
  ])("finds the unknown company in %j", (text, unknown) => {
    expect(resolveCompanies(text, registries).unknown).toEqual([unknown]);
  });

  it("lists each unknown company once, with the country any mention gives", () => {
    expect(
      resolveCompanies(
        "Ruritanian carmaker Kitsune Motors, a unit of Japanese carmaker Kitsune Motors, signed with Fjordcell",
        registries,
      ),
    ).toEqual({
      ids: [],
      unknown: [
        { name: "Kitsune Motors", country: "JP" },
        { name: "Fjordcell", country: null },
      ],
      problems: ["nationality word 'Ruritanian' is not in the countries registry"],
    });
  });

  it("reports a back reference whose nationality contradicts the first company", () => {
    expect(
      resolveCompanies("Volkswagen opened a plant, the Japanese automaker's first", registries)
        .problems,
    ).toEqual(["the text calls Volkswagen JP, the companies registry says DE"]);
  });

  it("does not take a single capital letter for a company", () => {
    expect(resolveCompanies("X announced a plant", registries).unknown).toEqual([]);
  });

  it("does not take a country for a company", () => {
    expect(resolveCompanies("Tesla signed an agreement with China", registries).unknown).toEqual(
      [],
    );
  });
});
