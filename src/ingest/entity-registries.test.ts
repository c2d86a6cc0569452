import { describe, expect, it } from "vitest";
import { companyEntries, findNames, isAcronymLike, type NamedEntry } from "./entity-registries";

// Entries are built inside each test: the compiled patterns are cached per entry list.
const entry = (id: string, name: string, caseSensitive = true): NamedEntry => ({
  id,
  name,
  caseSensitive,
});

describe("findNames", () => {
  it("takes the longest name first, whatever the registry order, and no overlapping one", () => {
    const entries = [
      entry("motors", "Motors"),
      entry("motors-group", "Motors Group"),
      entry("kitsune", "Kitsune Motors"),
    ];
    expect(findNames("Kitsune Motors Group and Motors", entries)).toEqual([
      { id: "kitsune", start: 0, end: 14 },
      { id: "motors", start: 25, end: 31 },
    ]);
  });

  it("finds nothing for a blank name", () => {
    expect(findNames("MIIT and NDRC", [entry("blank", ""), entry("space", " ")])).toEqual([]);
  });

  it.each([
    ["AMIIT, MIIT", [{ id: "miit", start: 7, end: 11 }]],
    ["MIITS, MIIT", [{ id: "miit", start: 7, end: 11 }]],
    ["MIIT2 MIIT", [{ id: "miit", start: 6, end: 10 }]],
  ])("finds a Latin name in %j only as a whole word", (text, hits) => {
    expect(findNames(text, [entry("miit", "MIIT")])).toEqual(hits);
  });

  it("finds a Chinese name inside running Chinese text", () => {
    expect(findNames("由工业和信息化部发布", [entry("miit", "工业和信息化部")])).toEqual([
      { id: "miit", start: 1, end: 8 },
    ]);
  });

  it("bounds a name by the kind of its first and of its last character", () => {
    expect(findNames("建设5G网络5年", [entry("5g", "5G网络")])).toEqual([
      { id: "5g", start: 2, end: 6 },
    ]);
  });
});

describe("isAcronymLike", () => {
  it.each([
    ["CHINALCO", true],
    ["MIIT", true],
    ["ABCDEFGHI", false],
    ["Miit", false],
    ["工信部", false],
  ])("%j → %j", (name, expected) => {
    expect(isAcronymLike(name)).toBe(expected);
  });
});

describe("companyEntries", () => {
  it("lists every name of each company, each matching case", () => {
    const companies = [
      {
        id: "byd",
        name: "BYD",
        nameZh: "比亚迪",
        aliases: ["BYD Auto"],
        country: "CN",
        annotated: [],
      },
      { id: "fjordcell", name: "Fjordcell", aliases: [], country: "NO", annotated: [] },
    ];
    expect(companyEntries(companies)).toEqual([
      entry("byd", "BYD"),
      entry("byd", "比亚迪"),
      entry("byd", "BYD Auto"),
      entry("fjordcell", "Fjordcell"),
    ]);
  });
});
