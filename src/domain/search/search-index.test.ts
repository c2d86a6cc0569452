import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset, Policy } from "@/data/model";
import { buildSearchIndex, type SearchIndex } from "@/domain/search/build-search-index";
import { countSearchFacets } from "@/domain/search/count-search-facets";
import { matchQuery } from "@/domain/search/match-query";
import { NO_SEARCH_FILTERS, type SearchFilters } from "@/domain/search/search-filters";
import { searchIndex, type SearchResults } from "@/domain/search/search-index";
import { loadShippedDataset } from "../../../tests/disk-dataset";

let dataset: Dataset;
let index: SearchIndex;

beforeAll(async () => {
  dataset = await loadShippedDataset();
  index = buildSearchIndex(dataset);
});

const idsOf = (results: SearchResults, kind: string) =>
  results.groups.find((group) => group.kind === kind)?.hits.map((hit) => hit.record.item.id) ?? [];
const search = (query: string, filters: Partial<SearchFilters> = {}) =>
  searchIndex(index, query, { ...NO_SEARCH_FILTERS, ...filters }, 20);

describe("searchIndex on the shipped brief", () => {
  it("finds the foundry opinions by a word of their Chinese title", () => {
    expect(idsOf(search("铸造"), "policy")).toEqual(["2023-04-14-foundry-forging-opinions"]);
  });

  it("finds NEA's two policy news items, and the issuing body itself first", () => {
    const results = search("NEA");
    expect(idsOf(results, "issuer")).toEqual(["nea"]);
    expect(idsOf(results, "policy").slice(0, 2).sort()).toEqual([
      "2023-03-31-nea-digital-energy-pilots",
      "2023-04-14-nea-2023-priorities",
    ]);
  });

  it.each([
    ["MIIT"],
    ["Ministry of Industry and Information Technology"],
    ["工业和信息化部"],
    ["工信部"],
  ])("expands %s to everything by or about the MIIT", (query) => {
    const policies = idsOf(search(query), "policy");
    expect(policies).toContain("2023-03-28-miit-automotive-chip-standards");
    expect(policies).toContain("2023-04-14-foundry-forging-opinions");
    expect(idsOf(search(query), "issuer")).toEqual(["miit"]);
  });

  it.each([["VW"], ["Volkswagen"], ["大众汽车"], ["volkswagn"], ["Volksw"], ["volkwa"]])(
    "finds Volkswagen and its news from %s (alias, Chinese name, typo, prefix)",
    (query) => {
      const results = search(query);
      expect(idsOf(results, "company")[0]).toBe("volkswagen");
      expect(idsOf(results, "news")).toEqual(["2023-04-13-cariad-thundersoft-jv"]);
    },
  );

  it("needs every word of a query", () => {
    expect(idsOf(search("IPv6 innovation cities"), "target")).toEqual([
      "2023-04-23-ipv6-evolution-opinions-t4",
    ]);
    expect(search("IPv6 Volkswagen").total).toBe(0);
  });

  it("gives the same answer however often and in whatever order queries run", () => {
    const first = search("promote IPv6 innovation cities");
    search("energy");
    search("MIIT standards chips");
    expect(search("promote IPv6 innovation cities")).toEqual(first);
    expect(idsOf(first, "target")).toEqual(["2023-04-23-ipv6-evolution-opinions-t4"]);
  });

  it("finds news by a company's home country", () => {
    expect(idsOf(search("German"), "news")).toEqual(["2023-04-13-cariad-thundersoft-jv"]);
  });

  it("finds news by where it happens, not only by its companies' home", () => {
    expect(idsOf(search("China"), "news")).toContain("2023-04-09-tesla-shanghai-megapack-factory");
    expect(idsOf(search("Tianjin"), "news")).toEqual([
      "2023-04-06-airbus-tianjin-second-a320-line",
    ]);
  });

  it("finds a brief by its date and its authors", () => {
    expect(idsOf(search("May 2023"), "brief")).toEqual(["2023-05-03-china-industries"]);
    expect(idsOf(search("Gregor Sebastian"), "brief")).toEqual(["2023-05-03-china-industries"]);
  });

  it("applies the kind, issuing body, sector and date filters", () => {
    expect(search("energy", { kinds: ["news"] }).groups.map((g) => g.kind)).toEqual(["news"]);
    expect(idsOf(search("MIIT", { issuers: ["ndrc"] }), "policy").sort()).toEqual([
      "2023-04-04-higher-education-majors-reform",
      "2023-04-14-foundry-forging-opinions",
      "2023-04-23-ipv6-evolution-opinions",
    ]);
    expect(idsOf(search("NEA", { sectors: ["energy"] }), "policy")).toHaveLength(2);
    expect(idsOf(search("NEA", { from: "2023-04-01", to: "2023-04-30" }), "policy")).toEqual([
      "2023-04-14-nea-2023-priorities",
      "2023-04-23-ipv6-evolution-opinions",
    ]);
    // Issuing bodies and companies have no date: a date filter leaves them out.
    expect(idsOf(search("NEA", { from: "2023-04-01" }), "issuer")).toEqual([]);
  });

  it("counts each facet under the other filters", () => {
    const match = matchQuery(index, "MIIT");
    const counts = countSearchFacets(index, match, { ...NO_SEARCH_FILTERS, issuers: ["nea"] });
    expect(counts.issuers.get("miit")).toBeGreaterThan(counts.issuers.get("nea") ?? 0);
    expect(counts.kinds.get("policy")).toBe(1);
  });

  it("finds nothing for an empty query or a word nobody wrote", () => {
    expect(search("  ").total).toBe(0);
    expect(search("xylophone").total).toBe(0);
  });
});

describe("ranking", () => {
  const policy = (base: Policy, change: Partial<Policy>): Policy => ({ ...base, ...change });

  it("ranks an exact acronym above a passing mention and a longer word", async () => {
    const shipped = await loadShippedDataset();
    const base = shipped.policies[0];
    if (!base) throw new Error("the shipped brief has policies");
    const bodies = new Map(shipped.registries.issuingBodies.map((body) => [body.id, body]));
    const nea = bodies.get("nea");
    const mof = bodies.get("mof");
    if (!nea || !mof) throw new Error("the registry lists the NEA and the MOF");
    const neutral = {
      headline: "A plan",
      summary: "A plan for the grid.",
      bullets: [],
      details: [],
    };
    const policies = [
      policy(base, {
        ...neutral,
        id: "passing-mention",
        issuingBodies: [mof],
        comment: ["A long comment on budgets that, among many other things, cites the NEA once."],
      }),
      policy(base, { ...neutral, id: "issued-by-nea", issuingBodies: [nea], comment: [] }),
      policy(base, {
        ...neutral,
        id: "longer-word",
        issuingBodies: [mof],
        comment: ["Nearly every plan is here."],
      }),
    ];
    const small = buildSearchIndex({
      ...shipped,
      briefs: [],
      targets: [],
      corporateNews: [],
      policies,
    });
    const ranked = searchIndex(small, "NEA").groups.find((group) => group.kind === "policy");
    expect(ranked?.hits.map((hit) => hit.record.item.id)).toEqual([
      "issued-by-nea",
      "passing-mention",
      "longer-word",
    ]);
  });
});
