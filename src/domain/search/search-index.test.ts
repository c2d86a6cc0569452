import { beforeEach, describe, expect, it } from "vitest";
import type { Company, Dataset, IssuingBody, Policy } from "@/data/model";
import {
  buildSearchIndex,
  createSearchIndexBuilder,
  type SearchIndex,
} from "@/domain/search/build-search-index";
import { countSearchFacets } from "@/domain/search/count-search-facets";
import { matchQuery } from "@/domain/search/match-query";
import { NO_SEARCH_FILTERS, type SearchFilters } from "@/domain/search/search-filters";
import { searchIndex, type SearchResults } from "@/domain/search/search-index";
import { loadShippedDataset } from "../../../tests/disk-dataset";
import { buildCompany } from "../../../tests/factories/news";
import { buildBody, buildPolicy } from "../../../tests/factories/policies";

let dataset: Dataset;
let index: SearchIndex;

// Loaded and indexed afresh in each test (not once for the file): a mutation test runner
// activates a mutant per test, and names computed once per entity are memoised by identity.
beforeEach(async () => {
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

/** A small dataset built afresh in each test from the records a test names. */
function smallIndex({
  policies = [],
  companies = [],
  bodies = [...new Map(policies.flatMap((p) => p.issuingBodies).map((b) => [b.id, b])).values()],
}: {
  policies?: Policy[];
  companies?: Company[];
  bodies?: IssuingBody[];
}): SearchIndex {
  return buildSearchIndex({
    synthetic: true,
    briefs: [],
    policies,
    targets: [],
    corporateNews: [],
    registries: {
      issuingBodies: bodies,
      companies,
      countries: companies.map((company) => company.country),
      sectors: [],
    },
    problems: [],
  });
}
const miitBody = (): IssuingBody => ({
  id: "miit",
  acronym: "MIIT",
  nameEn: "Ministry of Industry and Information Technology",
  nameZh: "工业和信息化部",
  aliases: ["工信部"],
  kind: "ministry",
});
const policyIds = (results: SearchResults) => idsOf(results, "policy");

describe("what each part of a record is found by", () => {
  it("finds an issuing body, and what it issued, by a word of its name that is no alias", () => {
    const miit = miitBody();
    const index = smallIndex({
      policies: [
        buildPolicy({ id: "by-miit", issuers: [miit], summary: "A plan for chips." }),
        buildPolicy({ id: "by-mof", issuers: ["mof"], summary: "A plan for chips." }),
      ],
    });
    const results = searchIndex(index, "Information");
    expect(idsOf(results, "issuer")).toEqual(["miit"]);
    expect(policyIds(results)).toEqual(["by-miit"]);
    // The body itself is its own issuing body, so the filter by it keeps it.
    const filtered = searchIndex(index, "Information", { ...NO_SEARCH_FILTERS, issuers: ["miit"] });
    expect(idsOf(filtered, "issuer")).toEqual(["miit"]);
  });

  it("finds a policy by its Chinese alias of an issuer that its text names but did not issue it", () => {
    const index = smallIndex({
      policies: [
        buildPolicy({ id: "cites-miit", issuers: ["mof"], summary: "财政部会同工信部发布" }),
      ],
      bodies: [miitBody(), buildBody("mof")],
    });
    expect(policyIds(searchIndex(index, "工业和信息化部"))).toEqual(["cites-miit"]);
  });

  it("finds a policy by its sector's name", () => {
    const autos = { id: "autos", nameEn: "Automobiles", nameZh: "汽车" };
    const index = smallIndex({
      policies: [
        { ...buildPolicy({ id: "car-plan" }), sectors: [autos] },
        buildPolicy({ id: "other-plan" }),
      ],
    });
    expect(policyIds(searchIndex(index, "Automobiles"))).toEqual(["car-plan"]);
  });

  it("finds a company by a word of its home country's name that is no alias", () => {
    const uk = { code: "GB", nameEn: "United Kingdom", nameZh: "英国", demonyms: ["British"] };
    const index = smallIndex({
      companies: [
        buildCompany({ id: "arm", name: "Arm", country: uk }),
        buildCompany({ id: "byd", name: "BYD" }),
      ],
    });
    expect(idsOf(searchIndex(index, "Kingdom"), "company")).toEqual(["arm"]);
  });

  it("finds a policy by a word of its title alone, and by a word of its summary alone", () => {
    const index = smallIndex({
      policies: [
        buildPolicy({
          id: "titled",
          title: { en: "Opinions on Upgrading Foundries", zh: null, number: null, stage: null },
          summary: "A plan.",
        }),
        buildPolicy({ id: "summarised", summary: "Quotas for rare earths.", bullets: ["A plan."] }),
      ],
    });
    expect(policyIds(searchIndex(index, "Upgrading"))).toEqual(["titled"]);
    expect(policyIds(searchIndex(index, "Quotas"))).toEqual(["summarised"]);
  });
});

describe("ranking by how often and how densely a record says a word", () => {
  it("ranks a short text above a longer one that says the word as often", () => {
    const index = smallIndex({
      policies: [
        buildPolicy({
          id: "long",
          summary: "Zinnia growers gathered across eleven provinces discussing subsidies, exports.",
        }),
        buildPolicy({ id: "short", summary: "Zinnia exports." }),
      ],
    });
    expect(policyIds(searchIndex(index, "zinnia"))).toEqual(["short", "long"]);
  });

  it("ranks a text that says the word twice above one of the same length that says it once", () => {
    const index = smallIndex({
      policies: [
        buildPolicy({ id: "once", summary: "Zinnia subsidies for tulip growers." }),
        buildPolicy({ id: "twice", summary: "Zinnia subsidies for zinnia growers." }),
      ],
    });
    expect(policyIds(searchIndex(index, "zinnia"))).toEqual(["twice", "once"]);
  });
});

describe("selecting the best hits", () => {
  const saying = (id: string, times: number) =>
    buildPolicy({ id, summary: `${"zinnia ".repeat(times)}${"tulip ".repeat(3 - times)}` });

  it("keeps the best `limit` hits of a kind, best first, and counts them all", () => {
    const index = smallIndex({
      policies: [saying("thrice", 3), saying("once", 1), saying("twice", 2)],
    });
    const results = searchIndex(index, "zinnia", NO_SEARCH_FILTERS, 2);
    expect(results.total).toBe(3);
    expect(results.groups).toHaveLength(1);
    expect(results.groups[0]?.total).toBe(3);
    expect(policyIds(results)).toEqual(["thrice", "twice"]);
  });

  it("orders every hit best first whatever their order in the data", () => {
    const index = smallIndex({
      policies: [saying("once", 1), saying("twice", 2), saying("thrice", 3)],
    });
    expect(policyIds(searchIndex(index, "zinnia"))).toEqual(["thrice", "twice", "once"]);
  });

  it("keeps equally good hits in the data's order", () => {
    const index = smallIndex({
      policies: [saying("first", 2), saying("second", 2), saying("third", 1)],
    });
    expect(policyIds(searchIndex(index, "zinnia"))).toEqual(["first", "second", "third"]);
  });
});

describe("filters on a small dataset", () => {
  const datedIndex = () => {
    const miit = miitBody();
    const energy = { id: "energy", nameEn: "Energy", nameZh: "能源" };
    const grid = { id: "grid", nameEn: "Power grid", nameZh: "电网" };
    return smallIndex({
      policies: [
        {
          ...buildPolicy({ id: "march", date: "2023-03-31", issuers: [miit] }),
          sectors: [energy, grid],
        },
        { ...buildPolicy({ id: "april", date: "2023-04-14", issuers: [miit] }), sectors: [grid] },
      ],
    });
  };
  const find = (filters: Partial<SearchFilters>) =>
    searchIndex(datedIndex(), "MIIT", { ...NO_SEARCH_FILTERS, ...filters });

  it("keeps records dated on either end day of the period, and none without a date", () => {
    expect(policyIds(find({ from: "2023-04-14" }))).toEqual(["april"]);
    expect(policyIds(find({ to: "2023-03-31" }))).toEqual(["march"]);
    expect(policyIds(find({ from: "2023-03-31", to: "2023-04-14" })).sort()).toEqual([
      "april",
      "march",
    ]);
    expect(idsOf(find({ from: "2023-03-01" }), "issuer")).toEqual([]);
    expect(idsOf(find({ to: "2023-12-31" }), "issuer")).toEqual([]);
  });

  it("keeps an undated issuing body when only the kind is filtered", () => {
    expect(idsOf(find({ kinds: ["issuer"] }), "issuer")).toEqual(["miit"]);
  });

  it("keeps a record that has any one of its sectors chosen", () => {
    expect(policyIds(find({ sectors: ["energy"] }))).toEqual(["march"]);
    expect(policyIds(find({ sectors: ["grid"] })).sort()).toEqual(["april", "march"]);
  });

  it("counts each facet under the other filters", () => {
    const index = datedIndex();
    const count = (filters: Partial<SearchFilters>) =>
      countSearchFacets(index, matchQuery(index, "MIIT"), { ...NO_SEARCH_FILTERS, ...filters });
    const all = count({});
    expect(Object.fromEntries(all.kinds)).toEqual({ issuer: 1, policy: 2 });
    expect(Object.fromEntries(all.issuers)).toEqual({ miit: 3 });
    expect(Object.fromEntries(all.sectors)).toEqual({ energy: 1, grid: 2 });
    // A date leaves out the undated body and the March policy from every facet.
    const april = count({ from: "2023-04-01" });
    expect(Object.fromEntries(april.kinds)).toEqual({ policy: 1 });
    expect(Object.fromEntries(april.sectors)).toEqual({ grid: 1 });
    // A sector counts the kinds of its records only, but every sector of the other records.
    const energy = count({ sectors: ["energy"] });
    expect(Object.fromEntries(energy.kinds)).toEqual({ policy: 1 });
    expect(Object.fromEntries(energy.issuers)).toEqual({ miit: 1 });
    expect(Object.fromEntries(energy.sectors)).toEqual({ energy: 1, grid: 2 });
    // A kind counts the issuers and sectors of that kind only.
    const issuers = count({ kinds: ["issuer"] });
    expect(Object.fromEntries(issuers.kinds)).toEqual({ issuer: 1, policy: 2 });
    expect(Object.fromEntries(issuers.issuers)).toEqual({ miit: 1 });
    expect(Object.fromEntries(issuers.sectors)).toEqual({});
  });
});

describe("building the index in batches", () => {
  it("indexes the records a batch at a time and says when all are in", () => {
    const builder = createSearchIndexBuilder({
      synthetic: true,
      briefs: [],
      policies: [buildPolicy({ id: "a" }), buildPolicy({ id: "b" }), buildPolicy({ id: "c" })],
      targets: [],
      corporateNews: [],
      registries: { issuingBodies: [buildBody("miit")], companies: [], countries: [], sectors: [] },
      problems: [],
    });
    // The issuing body and three policies.
    expect(builder.size).toBe(4);
    expect([builder.add(1), builder.add(2), builder.add(1)]).toEqual([false, false, true]);
    expect(builder.add(1)).toBe(true);
    expect(policyIds(searchIndex(builder.finish(), "issued")).sort()).toEqual(["a", "b", "c"]);
  });
});

describe("what a query marks", () => {
  it("marks the words it matched as terms and the entities it named as their names", () => {
    const index = smallIndex({
      policies: [buildPolicy({ id: "a", issuers: [miitBody()], summary: "Zinnia exports." })],
    });
    const { highlight } = searchIndex(index, "zinnia MIIT");
    expect([...highlight.terms]).toEqual(["zinnia", "miit"]);
    expect(highlight.phrases).toContainEqual(["工信", "信部"]);
    expect(highlight.phrases.flat()).not.toContain("@issuer:miit");
  });
});

describe("how the index weighs length and reads names and typos", () => {
  it("ranks a one-word text saying a word once above a 30-word one saying it twice", () => {
    const index = smallIndex({
      policies: [
        buildPolicy({
          id: "long",
          summary:
            "Zinnia growers gathered across eleven provinces discussing subsidies exports tariffs quotas prices farms seeds soil water labour markets trucks ports buyers sellers brokers banks loans grants zinnia prices rise fast",
        }),
        buildPolicy({ id: "short", summary: "Zinnia." }),
      ],
    });
    expect(policyIds(searchIndex(index, "zinnia"))).toEqual(["short", "long"]);
  });

  it("finds a text by a company's name that its Chinese name runs straight into Latin letters in", () => {
    // The text reads 合成 成部 部 07: the lone 部 ends the Han run and is no part of the name.
    const index = smallIndex({
      policies: [
        buildPolicy({ id: "names-it", summary: "合成部07发布新规" }),
        buildPolicy({ id: "other", summary: "A plan." }),
      ],
      companies: [buildCompany({ id: "hc", name: "Hecheng", nameZh: "合成部07" })],
    });
    expect(policyIds(searchIndex(index, "Hecheng"))).toEqual(["names-it"]);
  });

  it("corrects a typo only to words of letters: 'ipvx' does not find IPv6", () => {
    const index = smallIndex({
      policies: [buildPolicy({ id: "ipv6", summary: "IPv6 rollout." })],
    });
    expect(searchIndex(index, "ipvx").total).toBe(0);
    expect(searchIndex(index, "rolout").total).toBe(1);
  });
});

describe("weighing the words of a query", () => {
  it("ranks the record saying the rarer word twice above the one saying the common word twice", () => {
    // Of 11 records (10 policies and their issuing body), 2 say zinnia and 5 say tulip.
    const index = smallIndex({
      policies: [
        buildPolicy({ id: "zinnia-twice", summary: "Zinnia zinnia tulip." }),
        buildPolicy({ id: "tulip-twice", summary: "Zinnia tulip tulip." }),
        ...["t1", "t2", "t3"].map((id) => buildPolicy({ id, summary: "Tulip fields." })),
        ...["p1", "p2", "p3", "p4", "p5"].map((id) => buildPolicy({ id, summary: "A plan." })),
      ],
    });
    expect(policyIds(searchIndex(index, "zinnia tulip"))).toEqual(["zinnia-twice", "tulip-twice"]);
  });
});
