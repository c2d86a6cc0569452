import { describe, expect, it } from "vitest";
import type { Registries } from "@/data/model";
import { buildAliasTable, findAliasMentions, toAliasTerms } from "@/domain/search/aliases";
import { parseQuery } from "@/domain/search/parse-query";
import { tokenise } from "@/domain/search/tokenise";
import { buildCompany } from "../../../tests/factories/news";

const germany = { code: "DE", nameEn: "Germany", nameZh: "德国", demonyms: ["German"] };
const registries: Registries = {
  issuingBodies: [
    {
      id: "miit",
      acronym: "MIIT",
      nameEn: "Ministry of Industry and Information Technology",
      nameZh: "工业和信息化部",
      aliases: ["工信部"],
      kind: "ministry",
    },
    {
      id: "state-council",
      acronym: "State Council",
      nameEn: "State Council",
      nameZh: "国务院",
      aliases: [],
      kind: "state-council",
    },
    {
      id: "gosc",
      acronym: "GOSC",
      nameEn: "General Office of the State Council",
      nameZh: "国务院办公厅",
      aliases: [],
      kind: "state-council",
    },
  ],
  companies: [
    {
      id: "volkswagen",
      name: "Volkswagen",
      nameZh: "大众汽车",
      aliases: ["VW", "Volkswagen Group"],
      country: germany,
      parentId: null,
      annotated: [],
    },
    {
      id: "arm",
      name: "Arm",
      nameZh: null,
      aliases: [],
      country: germany,
      parentId: null,
      annotated: [],
    },
  ],
  countries: [germany],
  sectors: [],
};
// Built in each test rather than once for the file, so a mutation test runner sees it built.
const aliasTable = () => buildAliasTable(registries);
const keysIn = (text: string) =>
  findAliasMentions(aliasTable(), toAliasTerms(text)).flatMap((mention) => mention.keys);

describe("alias expansion", () => {
  it.each([
    ["MIIT", ["@issuer:miit"]],
    ["the Ministry of Industry and Information Technology", ["@issuer:miit"]],
    ["工业和信息化部", ["@issuer:miit"]],
    ["工信部等八部门", ["@issuer:miit"]],
    ["VW", ["@company:volkswagen"]],
    ["Volkswagen", ["@company:volkswagen"]],
    ["大众汽车", ["@company:volkswagen"]],
    ["the German carmaker", ["@country:DE"]],
    ["Volkswagen Group in Germany", ["@company:volkswagen", "@country:DE"]],
  ])("reads %s as %j", (text, keys) => {
    expect(keysIn(text)).toEqual(keys);
  });

  it("finds a Chinese name inside a document's text, whatever follows it", () => {
    const terms = tokenise("工信部2023年工作要点")
      .filter((token) => !token.isRunTail)
      .map((token) => token.term);
    expect(findAliasMentions(aliasTable(), terms).flatMap((mention) => mention.keys)).toEqual([
      "@issuer:miit",
    ]);
  });

  it("prefers the longest name: the General Office, not the State Council inside it", () => {
    expect(keysIn("General Office of the State Council")).toEqual(["@issuer:gosc"]);
    expect(keysIn("国务院办公厅")).toEqual(["@issuer:gosc"]);
    expect(keysIn("the State Council")).toEqual(["@issuer:state-council"]);
    expect(keysIn("国务院")).toEqual(["@issuer:state-council"]);
  });

  it("finds no name in the first words of a longer one", () => {
    expect(findAliasMentions(aliasTable(), toAliasTerms("the Ministry of Industry"))).toEqual([]);
    // "of" and "and" are stop words, no terms: MIIT is the third term.
    expect(findAliasMentions(aliasTable(), toAliasTerms("ministry of industry and MIIT"))).toEqual([
      { start: 2, length: 1, keys: ["@issuer:miit"] },
    ]);
  });

  it("keeps every name of an entity for highlighting", () => {
    expect(aliasTable().phrasesByKey.get("@company:volkswagen")).toEqual([
      ["volkswagen"],
      ["大众", "众汽", "汽车"],
      ["vw"],
      ["volkswagen", "group"],
    ]);
    // A company without a Chinese name has its English name only.
    expect(aliasTable().phrasesByKey.get("@company:arm")).toEqual([["arm"]]);
  });

  it("keeps a name written as one word and as two, such as TikTok and Tik Tok", () => {
    const tiktok = buildCompany({ id: "tiktok", name: "TikTok", aliases: ["Tik Tok"] });
    const table = buildAliasTable({ ...registries, companies: [tiktok] });
    expect(table.phrasesByKey.get("@company:tiktok")).toEqual([["tiktok"], ["tik", "tok"]]);
  });
});

describe("parseQuery", () => {
  it("turns a one-word name into its term or its entity", () => {
    expect(parseQuery("VW", aliasTable())).toEqual([
      { term: "vw", isPrefix: true, keys: ["@company:volkswagen"] },
    ]);
  });

  it("turns a name of several words into one entity clause", () => {
    expect(parseQuery("MIIT standards ", aliasTable())).toEqual([
      { term: "miit", isPrefix: false, keys: ["@issuer:miit"] },
      { term: "standards", isPrefix: false, keys: [] },
    ]);
    expect(parseQuery("工业和信息化部 chips", aliasTable())).toEqual([
      { term: null, isPrefix: false, keys: ["@issuer:miit"] },
      { term: "chips", isPrefix: true, keys: [] },
    ]);
  });

  it("matches the last word as a prefix only while it is being typed", () => {
    expect(parseQuery("foundry forg", aliasTable()).map((clause) => clause.isPrefix)).toEqual([
      false,
      true,
    ]);
    expect(parseQuery("foundry forg ", aliasTable()).map((clause) => clause.isPrefix)).toEqual([
      false,
      false,
    ]);
    // One Latin letter would match half the vocabulary; one Chinese character is specific.
    expect(parseQuery("s", aliasTable())).toEqual([{ term: "s", isPrefix: false, keys: [] }]);
    expect(parseQuery("铸", aliasTable())).toEqual([{ term: "铸", isPrefix: true, keys: [] }]);
  });
});
