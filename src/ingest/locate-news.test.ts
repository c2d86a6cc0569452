import { describe, expect, it } from "vitest";
import type { CountryFile } from "@/data/schema";
import { findStatedCountry, locateCorporateNews } from "./locate-news";

const COUNTRIES: CountryFile[] = [
  { code: "CN", nameEn: "China", nameZh: "中国", demonyms: ["Chinese"] },
  { code: "GB", nameEn: "United Kingdom", nameZh: "英国", demonyms: ["British"] },
  { code: "US", nameEn: "United States", nameZh: "美国", demonyms: ["American"] },
];

const TESLA =
  "Tesla announced plans to open a factory in Shanghai that will produce Megapacks, a large scale lithium-ion battery unit for energy storage";
const GRANGES =
  "Swedish aluminum producer Gränges and China’s largest producer of aluminum alloy bars – Innovation New Material Technology – agreed to establish a JV to make aluminum alloy parts for EVs in China";

describe("findStatedCountry", () => {
  it.each([
    [GRANGES, { code: "CN", words: "in China" }],
    [
      "BP opens a plant in the United Kingdom and later in China",
      { code: "GB", words: "in the United Kingdom" },
    ],
    ["China’s largest producer signs a deal", null],
    ["CATL builds China-specific cells", null],
    ["A factory in Chinatown", null],
  ])("reads the country the words put %s in", (text, expected) => {
    expect(findStatedCountry(text, COUNTRIES)).toEqual(expected);
  });

  it("takes the country named first in the text, whatever the registry's order", () => {
    const countries: CountryFile[] = [
      { code: "FR", nameEn: "France", nameZh: "法国", demonyms: ["French"] },
      ...COUNTRIES,
    ];
    expect(
      findStatedCountry("Renault opens a plant in France and an office in China", countries),
    ).toEqual({ code: "FR", words: "in France" });
  });

  const GUINEAS: CountryFile[] = [
    { code: "GW", nameEn: "Guinea-Bissau", nameZh: "几内亚比绍", demonyms: [] },
    { code: "GN", nameEn: "Guinea", nameZh: "几内亚", demonyms: [] },
  ];
  it.each([
    ["longer name first", GUINEAS],
    ["shorter name first", [...GUINEAS].reverse()],
  ])("takes the longer of two names at the same place (%s in the registry)", (_, countries) => {
    expect(findStatedCountry("A port in Guinea-Bissau", countries)).toEqual({
      code: "GW",
      words: "in Guinea-Bissau",
    });
    expect(findStatedCountry("A port in Guinea", countries)).toEqual({
      code: "GN",
      words: "in Guinea",
    });
  });
});

describe("locateCorporateNews", () => {
  it("records a country the text states with its words, as no annotation", () => {
    expect(locateCorporateNews(GRANGES, undefined, COUNTRIES)).toEqual({
      location: { country: "CN", words: "in China" },
      annotated: [],
      problems: [],
    });
  });

  it("takes a city the text names from the annotation and marks only its country as annotated", () => {
    expect(locateCorporateNews(TESLA, { city: "Shanghai", country: "CN" }, COUNTRIES)).toEqual({
      location: { country: "CN", city: "Shanghai", words: "in Shanghai" },
      annotated: ["location.country"],
      problems: [],
    });
  });

  it("takes an annotated city's country from the text, as no annotation", () => {
    const text = "Tesla will open a factory in Shanghai in China";
    expect(locateCorporateNews(text, { city: "Shanghai" }, COUNTRIES)).toEqual({
      location: { country: "CN", city: "Shanghai", words: "in Shanghai" },
      annotated: [],
      problems: [],
    });
  });

  it("reports nothing when the annotated country is the one the text states", () => {
    expect(locateCorporateNews(GRANGES, { country: "CN" }, COUNTRIES)).toEqual({
      location: { country: "CN", words: "in China" },
      annotated: [],
      problems: [],
    });
  });

  it("prefers 'in Tianjin' to an earlier company name holding the city", () => {
    const text =
      "Airbus signed agreements with the Tianjin Free Trade Zone Investment Company for a second production line in Tianjin";
    expect(
      locateCorporateNews(text, { city: "Tianjin", country: "CN" }, COUNTRIES).location,
    ).toEqual({ country: "CN", city: "Tianjin", words: "in Tianjin" });
  });

  it("leaves out a city the text does not name, and says so", () => {
    const result = locateCorporateNews(TESLA, { city: "Beijing", country: "CN" }, COUNTRIES);
    expect(result.location).toEqual({ country: "CN" });
    expect(result.annotated).toEqual(["location"]);
    expect(result.problems).toEqual([
      "the annotation's city 'Beijing' is not in the item's text; it is left out",
    ]);
  });

  it("keeps the text's country over a contradicting annotation, and says so", () => {
    const result = locateCorporateNews(GRANGES, { country: "US" }, COUNTRIES);
    expect(result.location).toEqual({ country: "CN", words: "in China" });
    expect(result.problems).toEqual([
      "the annotation puts the item in 'US' but its text says 'in China'; the text is used",
    ]);
  });

  it("asks for the country of an annotated city when the text states none", () => {
    const result = locateCorporateNews(TESLA, { city: "Shanghai" }, COUNTRIES);
    expect(result.location).toBeUndefined();
    expect(result.problems).toEqual([
      "the annotation names the city 'Shanghai' but not its country; add 'country'",
    ]);
  });

  it("leaves out an annotated country the registry lacks, and says so", () => {
    const result = locateCorporateNews(TESLA, { country: "ZZ" }, COUNTRIES);
    expect(result.location).toBeUndefined();
    expect(result.problems).toEqual([
      "the annotation's country 'ZZ' is not in the countries registry",
    ]);
  });

  it("records no place where neither the text nor an annotation gives one", () => {
    expect(locateCorporateNews("Huawei replaced its ERP software", undefined, COUNTRIES)).toEqual({
      location: undefined,
      annotated: [],
      problems: [],
    });
  });
});
