import { describe, expect, it } from "vitest";
import { normaliseRegistries, type RegistryFiles } from "@/data/normalise-registries";
import { formatProblem } from "@/data/problems";

// Registry records written by hand for companies of the brief of 3 May 2023.
const CHINA = { code: "CN", nameEn: "China", nameZh: "中国", demonyms: ["Chinese"] };
const GERMANY = { code: "DE", nameEn: "Germany", nameZh: "德国", demonyms: ["German"] };
const company = (id: string, name: string, country: string, extra: object = {}) => ({
  id,
  name,
  aliases: [],
  country,
  annotated: [],
  ...extra,
});
const CAC = {
  id: "cac",
  acronym: "CAC",
  nameEn: "Cyberspace Administration of China",
  nameZh: "国家互联网信息办公室",
  aliases: [],
  kind: "administration" as const,
};

function files(change: Partial<RegistryFiles> = {}): RegistryFiles {
  return {
    issuingBodies: { file: "registries/issuing-bodies.json", records: [CAC] },
    companies: {
      file: "registries/companies.json",
      records: [
        company("volkswagen", "Volkswagen", "DE"),
        company("cariad", "Cariad", "DE", { parent: "volkswagen", annotated: ["parent"] }),
        company("thundersoft", "ThunderSoft", "CN", { nameZh: "中科创达" }),
      ],
    },
    countries: { file: "registries/countries.json", records: [CHINA, GERMANY] },
    sectors: {
      file: "registries/sectors.json",
      records: [{ id: "automotive", nameEn: "Automotive", nameZh: "汽车" }],
    },
    ...change,
  };
}

describe("normaliseRegistries", () => {
  it("gives each company its country record, parent and Chinese name", () => {
    const { index, problems } = normaliseRegistries(files());
    expect(problems).toEqual([]);
    expect(index.registries.companies).toEqual([
      {
        id: "volkswagen",
        name: "Volkswagen",
        nameZh: null,
        aliases: [],
        country: GERMANY,
        parentId: null,
        annotated: [],
      },
      {
        id: "cariad",
        name: "Cariad",
        nameZh: null,
        aliases: [],
        country: GERMANY,
        parentId: "volkswagen",
        annotated: ["parent"],
      },
      {
        id: "thundersoft",
        name: "ThunderSoft",
        nameZh: "中科创达",
        aliases: [],
        country: CHINA,
        parentId: null,
        annotated: [],
      },
    ]);
    expect(index.companies.get("cariad")?.country.nameEn).toBe("Germany");
    expect(index.countries.get("CN")?.nameEn).toBe("China");
    expect(index.issuingBodies.get("cac")?.acronym).toBe("CAC");
    expect(index.sectors.get("automotive")?.nameEn).toBe("Automotive");
  });

  it("keeps the first record of an id and reports each later one at its position", () => {
    const { index, problems } = normaliseRegistries(
      files({
        issuingBodies: {
          file: "registries/issuing-bodies.json",
          records: [CAC, { ...CAC, acronym: "CAC2" }],
        },
        countries: {
          file: "registries/countries.json",
          records: [CHINA, GERMANY, { ...CHINA, nameEn: "PRC" }],
        },
        sectors: {
          file: "registries/sectors.json",
          records: [
            { id: "automotive", nameEn: "Automotive", nameZh: "汽车" },
            { id: "automotive", nameEn: "Cars", nameZh: "汽车" },
          ],
        },
      }),
    );
    expect(problems.map(formatProblem)).toEqual([
      "registries/countries.json → countries[2]: duplicate id 'CN'; the first one is used",
      "registries/issuing-bodies.json → issuingBodies[1]: duplicate id 'cac'; the first one is used",
      "registries/sectors.json → sectors[1]: duplicate id 'automotive'; the first one is used",
    ]);
    expect(index.registries.issuingBodies.map((body) => body.acronym)).toEqual(["CAC"]);
    expect(index.registries.countries.map((country) => country.nameEn)).toEqual([
      "China",
      "Germany",
    ]);
    expect(index.registries.sectors.map((sector) => sector.nameEn)).toEqual(["Automotive"]);
  });

  it("leaves out a company in a country the registry lacks, naming its position", () => {
    const { index, problems } = normaliseRegistries(
      files({
        companies: {
          file: "registries/companies.json",
          records: [
            company("volkswagen", "Volkswagen", "DE"),
            company("volkswagen", "VW", "DE"),
            company("granges", "Gränges", "SE"),
          ],
        },
      }),
    );
    expect(problems.map(formatProblem)).toEqual([
      "registries/companies.json → companies[1]: duplicate id 'volkswagen'; the first one is used",
      "registries/companies.json → companies[2].country: unknown country code 'SE'; add it to registries/countries.json",
    ]);
    expect(index.registries.companies.map((c) => c.name)).toEqual(["Volkswagen"]);
    expect(index.companies.has("granges")).toBe(false);
  });
});
