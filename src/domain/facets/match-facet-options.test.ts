import { describe, expect, it } from "vitest";
import {
  listFacetOptions,
  matchFacetOptions,
  type FacetOption,
} from "@/domain/facets/match-facet-options";
import { toIssuerFacetOptions } from "@/domain/facets/issuer-options";
import { toSectorFacetOptions } from "@/domain/facets/sector-options";
import { buildBody, buildSector } from "../../../tests/factories/policies";

const option = (value: string, keywords: string[], count = 1, occurs = true): FacetOption => ({
  value,
  label: value.toUpperCase(),
  keywords,
  count,
  occurs,
});
const options = [
  option(
    "miit",
    ["Ministry of Industry and Information Technology", "工业和信息化部", "工信部"],
    4,
  ),
  option("nea", ["National Energy Administration", "国家能源局"], 3),
  option("ndrc", ["National Development and Reform Commission", "国家发展和改革委员会"], 2),
  option("mee", ["Ministry of Ecology and Environment", "生态环境部"], 1),
];
const none = new Set<string>();

describe("matchFacetOptions", () => {
  it.each([
    ["nea", ["nea"]],
    ["NEA", ["nea"]],
    ["energy", ["nea"]],
    ["工信部", ["miit"]],
    ["信息化", ["miit"]],
    ["ministry", ["miit", "mee"]],
    ["national", ["nea", "ndrc"]],
    ["zzz", []],
  ])("finds %s by acronym, English or Chinese name and aliases", (query, expected) => {
    expect(matchFacetOptions(options, query, none).map((o) => o.value)).toEqual(expected);
  });

  it("ranks an exact acronym above a name that merely contains it", () => {
    const list = [
      option("mee", ["Ministry of Ecology and Environment"], 1),
      option("xmee", ["Committee for MEE affairs"], 9),
    ];
    expect(matchFacetOptions(list, "mee", none).map((o) => o.value)).toEqual(["mee", "xmee"]);
  });

  it("ranks exact names, then prefixes, then word prefixes, then substrings, whatever the counts", () => {
    const ranked = (list: FacetOption[], query: string) =>
      matchFacetOptions(list, query, none).map((o) => o.value);
    expect(ranked([option("near", ["Nearby Energy"], 9), option("nea", [], 1)], "nea")).toEqual([
      "nea",
      "near",
    ]);
    const statistics = option("nbs", ["Bureau of National Statistics"], 9);
    expect(ranked([statistics, option("nea", ["National Energy"], 1)], "nat")).toEqual([
      "nea",
      "nbs",
    ]);
    expect(ranked([option("icc", ["Interstate Commission"], 9), statistics], "stat")).toEqual([
      "nbs",
      "icc",
    ]);
    expect(
      ranked(
        [option("xyz", ["Disjointed Office"], 9), option("sjo", ["Sino-German (Joint) Office"], 1)],
        "joint",
      ),
    ).toEqual(["sjo", "xyz"]);
  });

  it("ranks options that match alike by count, most first", () => {
    const list = [
      option("a", ["Energy A"], 1),
      option("b", ["Energy B"], 5),
      option("c", ["Energy C"], 9),
    ];
    expect(matchFacetOptions(list, "energy", none).map((o) => o.value)).toEqual(["c", "b", "a"]);
  });

  it("ignores the spaces around a query as typed", () => {
    expect(matchFacetOptions(options, " NEA ", none).map((o) => o.value)).toEqual(["nea"]);
  });

  it("keeps selected options listed whatever the query, after the matches", () => {
    expect(matchFacetOptions(options, "energy", new Set(["mee"])).map((o) => o.value)).toEqual([
      "nea",
      "mee",
    ]);
  });

  it("lists everything by count when the query is empty, up to the limit", () => {
    expect(matchFacetOptions(options, " ", none, 2).map((o) => o.value)).toEqual(["miit", "nea"]);
  });
});

describe("listFacetOptions", () => {
  const registry = [
    option("miit", [], 3),
    option("nea", [], 0),
    option("mof", [], 0, false),
    option("pboc", [], 0, false),
  ];
  const values = (list: readonly FacetOption[]) => list.map((o) => o.value);

  it("lists only the values that occur in the data, even at a count of 0 under other filters", () => {
    expect(values(listFacetOptions(registry, none, false))).toEqual(["miit", "nea"]);
  });

  it("keeps a selected value listed though no item has it", () => {
    expect(values(listFacetOptions(registry, new Set(["pboc"]), false))).toEqual([
      "miit",
      "nea",
      "pboc",
    ]);
  });

  it("lists every registry value when all are asked for", () => {
    expect(values(listFacetOptions(registry, none, true))).toEqual(["miit", "nea", "mof", "pboc"]);
  });
});

describe("registry entries as facet options", () => {
  const values = (list: readonly FacetOption[]) => list.map((o) => o.value);

  it("finds an issuing body by its English name, Chinese name or alias, not only its acronym", () => {
    const miit = {
      ...buildBody("miit"),
      nameEn: "Ministry of Industry and Information Technology",
      nameZh: "工业和信息化部",
      aliases: ["工信部"],
    };
    const issuers = toIssuerFacetOptions([miit, buildBody("nea")], new Map(), new Set());
    for (const query of ["information tech", "工业和信息化部", "工信部"])
      expect(values(matchFacetOptions(issuers, query, none))).toEqual(["miit"]);
  });

  it("finds a sector by its Chinese name or its id, not only its English name", () => {
    const sectors = toSectorFacetOptions(
      [{ id: "ev", nameEn: "Electric vehicles", nameZh: "新能源汽车" }, buildSector("steel")],
      new Map(),
      new Set(),
    );
    expect(values(matchFacetOptions(sectors, "新能源", none))).toEqual(["ev"]);
    expect(values(matchFacetOptions(sectors, "ev", none))).toEqual(["ev"]);
  });
});
