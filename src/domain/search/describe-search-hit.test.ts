import { beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex, type SearchIndex } from "@/domain/search/build-search-index";
import { describeSearchHit } from "@/domain/search/describe-search-hit";
import { NO_HIGHLIGHT, type HighlightTerms } from "@/domain/search/match-query";
import { searchIndex } from "@/domain/search/search-index";
import { loadShippedDataset } from "../../../tests/disk-dataset";
import { buildCompany, buildNews, GERMANY } from "../../../tests/factories/news";
import { buildPolicy } from "../../../tests/factories/policies";
import { buildTarget } from "../../../tests/factories/targets";

let index: SearchIndex;
beforeAll(async () => {
  index = buildSearchIndex(await loadShippedDataset());
});

function describeTop(query: string, kind: string) {
  const results = searchIndex(index, query);
  const hit = results.groups.find((group) => group.kind === kind)?.hits[0];
  if (!hit) throw new Error(`no ${kind} for ${query}`);
  return describeSearchHit(hit.record, results.highlight);
}

describe("describeSearchHit", () => {
  it("shows a Top 5 item by headline with the passage where the query matched", () => {
    expect(describeTop("net neutrality", "policy")).toMatchObject({
      title: "Beijing ramps up rollout of controversial IPv6+ system",
      titleZh: "工业和信息化部等八部门关于推进 IPv6 技术演进和应用创新发展的实施意见",
      passage: expect.stringContaining("net neutrality") as string,
      facts: ["Top 5 no. 4", "MIIT, CAC, NDRC, MOE, MOT, PBOC, SASAC, NEA"],
    });
  });

  it.each([
    ["news" as const, "Policy news"],
    ["document" as const, "Policy document"],
  ])("labels a %s item by its kind", (kind, label) => {
    const policy = buildPolicy({ id: "p", kind, issuers: ["miit"] });
    const hit = describeSearchHit({ kind: "policy", item: policy }, NO_HIGHLIGHT);
    expect(hit.facts).toEqual([label, "MIIT"]);
  });

  it("says which alias of an issuing body matched", () => {
    expect(describeTop("工信部", "issuer")).toMatchObject({
      title: "MIIT · Ministry of Industry and Information Technology",
      titleZh: "工业和信息化部",
      passage: "Also called 工信部",
    });
  });

  it("names a target's sector, year and policy", () => {
    expect(describeTop("innovation cities", "target").facts).toEqual([
      "Telecoms and internet infrastructure",
      "by 2025",
      "set by MIIT, CAC, NDRC, MOE, MOT, PBOC, SASAC, NEA: Beijing ramps up rollout of controversial IPv6+ system",
    ]);
  });

  it("titles a brief by series and date", () => {
    expect(describeTop("Claudia Wessling", "brief").title).toBe(
      "MERICS China Industries, 3 May 2023",
    );
  });

  it("gives a brief's reporting period and authors", () => {
    expect(describeTop("Claudia Wessling", "brief").facts).toEqual([
      "Reporting period 28 March 2023 – 24 April 2023",
      "Alexander Brown",
      "Kai von Carnap",
      "Gregor Sebastian",
    ]);
  });

  it("gives an issuing body's kind in words", () => {
    const body = {
      id: "gosc",
      acronym: "GOSC",
      nameEn: "General Office of the State Council",
      nameZh: "国务院办公厅",
      aliases: [],
      kind: "state-council" as const,
    };
    expect(describeSearchHit({ kind: "issuer", item: body }, NO_HIGHLIGHT).facts).toEqual([
      "state council",
    ]);
  });

  it("says which alias of a company matched, and gives its country", () => {
    const company = buildCompany({
      id: "vw",
      name: "Volkswagen",
      aliases: ["VW"],
      country: GERMANY,
    });
    const vw: HighlightTerms = { terms: new Set(["vw"]), prefixes: [], phrases: [] };
    expect(describeSearchHit({ kind: "company", item: company }, vw)).toMatchObject({
      title: "Volkswagen",
      passage: "Also called VW",
      facts: ["Germany"],
    });
    expect(describeSearchHit({ kind: "company", item: company }, NO_HIGHLIGHT).passage).toBeNull();
  });

  it("does not repeat a policy's summary as its passage when the summary is the title", () => {
    const policy = buildPolicy({ id: "p", summary: "Steel output was capped." });
    const steel: HighlightTerms = { terms: new Set(["steel"]), prefixes: [], phrases: [] };
    const hit = describeSearchHit({ kind: "policy", item: policy }, steel);
    expect(hit.title).toBe("Steel output was capped.");
    expect(hit.passage).toBeNull();
  });

  it("gives only the sector of a target without a year or a known policy", () => {
    const target = buildTarget({ targetYear: null });
    const hit = describeSearchHit({ kind: "target", item: target, policy: null }, NO_HIGHLIGHT);
    expect(hit.facts).toEqual(["Energy"]);
  });

  it("names the companies of a news item", () => {
    const news = buildNews({
      id: "n",
      companies: [
        buildCompany({ id: "huawei", name: "Huawei" }),
        buildCompany({ id: "zte", name: "ZTE" }),
      ],
    });
    expect(describeSearchHit({ kind: "news", item: news }, NO_HIGHLIGHT).facts).toEqual([
      "Huawei, ZTE",
    ]);
  });
});
