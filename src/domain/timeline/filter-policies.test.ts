import { describe, expect, it } from "vitest";
import { filterPolicies, policySearchText } from "@/domain/timeline/filter-policies";
import { buildPolicy } from "../../../tests/factories/policies";
import { EMPTY_POLICY_FILTER, type PolicyFilter } from "@/domain/timeline/timeline-filters";

const ipv6 = buildPolicy({
  id: "ipv6",
  kind: "top5",
  date: "2023-04-23",
  issuers: ["miit", "cac", "ndrc", "moe", "mot", "pboc", "sasac", "nea"],
  sectors: ["internet"],
  headline: "IPv6 evolution",
  title: {
    en: "Opinions on IPv6",
    zh: "关于推进 IPv6 技术演进的实施意见",
    number: null,
    stage: null,
  },
});
const neaNews = buildPolicy({
  id: "nea-news",
  date: "2023-03-31",
  issuers: ["nea"],
  sectors: ["energy"],
});
const miitNews = buildPolicy({ id: "miit-news", date: "2023-04-10", issuers: ["miit"] });
const ndrcLed = buildPolicy({ id: "ndrc-led", date: "2023-04", issuers: ["ndrc", "miit"] });
const yearly = buildPolicy({ id: "yearly", date: "2022", issuers: ["mof"], sectors: ["energy"] });
const all = [ipv6, neaNews, miitNews, ndrcLed, yearly];

const ids = (filter: Partial<PolicyFilter>) =>
  filterPolicies(all, { ...EMPTY_POLICY_FILTER, ...filter }).policies.map((p) => p.id);
const counts = (filter: Partial<PolicyFilter>) =>
  filterPolicies(all, { ...EMPTY_POLICY_FILTER, ...filter }).counts;

describe("filterPolicies", () => {
  it.each<[string, Partial<PolicyFilter>, string[]]>([
    ["nothing", {}, ["ipv6", "nea-news", "miit-news", "ndrc-led", "yearly"]],
    ["one issuer, any role", { issuers: ["nea"] }, ["ipv6", "nea-news"]],
    ["two issuers: either", { issuers: ["nea", "mof"] }, ["ipv6", "nea-news", "yearly"]],
    ["two issuers jointly", { issuers: ["miit", "ndrc"], match: "all" }, ["ipv6", "ndrc-led"]],
    ["lead issuer only", { issuers: ["miit"], leadOnly: true }, ["ipv6", "miit-news"]],
    ["a sector", { sectors: ["energy"] }, ["nea-news", "yearly"]],
    ["a kind", { kind: "top5" }, ["ipv6"]],
    ["a day range", { from: "2023-04-10", to: "2023-04-23" }, ["ipv6", "miit-news", "ndrc-led"]],
    ["range edges are inclusive", { from: "2023-03-31", to: "2023-03-31" }, ["nea-news"]],
    ["a month-dated policy touching the range", { from: "2023-04-30" }, ["ndrc-led"]],
    ["a year-dated policy", { to: "2022-06-01" }, ["yearly"]],
    ["English text, any case", { text: "ipv6" }, ["ipv6"]],
    ["Chinese text", { text: "技术演进" }, ["ipv6"]],
    ["every word must match", { text: "ipv6 nowhere" }, []],
    ["an issuer's name", { text: "body nea" }, ["ipv6", "nea-news"]],
    [
      "filters that empty every lane",
      { issuers: ["nea"], kind: "news", sectors: ["internet"] },
      [],
    ],
  ])("matches %s", (_name, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it("counts each issuer under the other filters, not its own", () => {
    const result = counts({ issuers: ["nea"], kind: "news" });
    expect(result.issuers.get("nea")).toBe(1);
    expect(result.issuers.get("miit")).toBe(2);
    expect(result.kinds.get("top5")).toBe(1);
    expect(result.kinds.get("news")).toBe(1);
  });

  it("counts what adding a body would give when issuing jointly", () => {
    const result = counts({ issuers: ["miit"], match: "all" });
    expect(result.issuers.get("ndrc")).toBe(2);
    expect(result.issuers.get("nea")).toBe(1);
    expect(result.issuers.get("mof")).toBeUndefined();
  });

  it("counts lead issuers only when asked", () => {
    const result = counts({ leadOnly: true });
    expect(result.issuers.get("miit")).toBe(2);
    expect(result.issuers.get("nea")).toBe(1);
    expect(result.issuers.get("cac")).toBeUndefined();
  });

  it("counts sectors under the issuer filter", () => {
    expect(counts({ issuers: ["nea"] }).sectors).toEqual(
      new Map([
        ["internet", 1],
        ["energy", 1],
      ]),
    );
  });
});

describe("policySearchText", () => {
  it("holds every searchable field, one per line, in lower case", () => {
    const policy = buildPolicy({
      id: "grid",
      headline: "Grid Upgrade",
      summary: "NEA plans a grid.",
      title: {
        en: "Notice on the Grid",
        zh: "关于电网的通知",
        number: "国能发〔2023〕1号",
        stage: null,
      },
      bullets: ["Bullet One"],
      details: ["Detail"],
      comment: ["Comment"],
      issuers: ["nea"],
      sectors: ["energy"],
    });
    expect(policySearchText(policy).split("\n")).toEqual([
      "grid upgrade",
      "nea plans a grid.",
      "notice on the grid",
      "关于电网的通知",
      "国能发〔2023〕1号",
      "bullet one",
      "detail",
      "comment",
      "nea",
      "body nea",
      "机构nea",
      "sector energy",
      "行业energy",
    ]);
  });

  it("leaves absent headline and title fields empty", () => {
    const policy = buildPolicy({ id: "bare", summary: "Bare.", issuers: [] });
    expect(policySearchText(policy)).toBe("\nbare.\n\n\n");
  });
});

describe("filterPolicies, policies without issuers", () => {
  // Built here, not shared: the issuer columns are worked out once per list.
  const orphan = buildPolicy({ id: "orphan", issuers: [] });
  const miitLed = buildPolicy({ id: "miit-led", issuers: ["miit", "nea"] });

  it("never counts an issuer-less policy as led by the next policy's lead", () => {
    const result = filterPolicies([orphan, miitLed], {
      ...EMPTY_POLICY_FILTER,
      issuers: ["miit"],
      leadOnly: true,
    });
    expect(result.policies.map((policy) => policy.id)).toEqual(["miit-led"]);
    expect(result.counts.issuers).toEqual(new Map([["miit", 1]]));
  });
});
