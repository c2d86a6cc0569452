import { describe, expect, it } from "vitest";
import { normaliseBrief, toSafeUrl } from "@/data/normalise-brief";
import { normaliseRegistries } from "@/data/normalise-registries";
import { parseBriefFile } from "@/data/parse-brief-file";
import { formatProblem } from "@/data/problems";

// Registries and a brief written by hand from the brief of 3 May 2023 (reporting period
// 28 March – 24 April 2023), cut to the fields each test reads.
const { index: registries } = normaliseRegistries({
  issuingBodies: {
    file: "registries/issuing-bodies.json",
    records: [
      ["miit", "MIIT", "Ministry of Industry and Information Technology", "工业和信息化部"],
      ["ndrc", "NDRC", "National Development and Reform Commission", "国家发展和改革委员会"],
      ["mee", "MEE", "Ministry of Ecology and Environment", "生态环境部"],
      ["mof", "MOF", "Ministry of Finance", "财政部"],
    ].map(([id = "", acronym = "", nameEn = "", nameZh = ""]) => ({
      id,
      acronym,
      nameEn,
      nameZh,
      aliases: [],
      kind: "ministry" as const,
    })),
  },
  companies: {
    file: "registries/companies.json",
    records: [{ id: "tesla", name: "Tesla", aliases: [], country: "US", annotated: [] }],
  },
  countries: {
    file: "registries/countries.json",
    records: [
      { code: "CN", nameEn: "China", nameZh: "中国", demonyms: ["Chinese"] },
      { code: "US", nameEn: "United States", nameZh: "美国", demonyms: ["American"] },
    ],
  },
  sectors: {
    file: "registries/sectors.json",
    records: [{ id: "foundry-forging", nameEn: "Foundry and forging", nameZh: "铸造和锻压" }],
  },
});

const FOUNDRY = {
  id: "2023-04-14-foundry-forging-opinions",
  rank: 1,
  headline: "Going hammer and tongs: China to transform forging and foundry industries",
  atAGlance:
    "Three ministries led by the Ministry of Industry and Information Technology (MIIT) issued support for China’s foundry and forging industries.",
  bullets: ["Attract foreign enterprises to set up R&D facilities in China"],
  comment: ["China has been the world’s largest foundry and forging market for over two decades."],
  document: {
    titleEn:
      "Guiding Opinions on Promoting the High-Quality Development of the Foundry and Forging Industries",
    titleZh: "关于推动铸造和锻压行业高质量发展的指导意见",
  },
  issuingBodies: ["miit", "ndrc", "mee"],
  date: "2023-04-14",
  sectors: ["foundry-forging"],
  // "([Link](#))" after the title names no source.
  sources: [{ label: "Link" }],
  references: [{ label: "MERICS and EUCCC survey" }],
};
const MOF_NEWS = {
  id: "2023-03-28-mof-rd-super-deduction",
  date: "2023-03-28",
  issuingBodies: ["mof"],
  text: "The Ministry of Finance (MOF) announced that the super-deduction for R&D expenses will be extended beyond manufacturing enterprises to other sectors",
};
const TESLA = {
  id: "2023-04-09-tesla-shanghai-megapack-factory",
  date: "2023-04-09",
  text: "Tesla announced plans to open a factory in Shanghai that will produce Megapacks",
  companies: ["tesla"],
  location: { country: "CN", city: "Shanghai", words: "in Shanghai" },
  dealKind: "factory",
  sources: [{ label: "Reuters article" }, { label: "Xinhua article" }],
};
const PARTICULATES = {
  id: "2023-04-14-foundry-forging-opinions-t2",
  policy: FOUNDRY.id,
  text: "Reduce particulate matter pollution in the foundry industry by more than 30 percent and reduce the energy consumption per ton of forged materials by 5 percent compared to 2020",
  sector: "foundry-forging",
  targetYear: 2025,
  targetYearBasis: "horizon",
  quantities: [
    {
      metric: "particulate matter pollution in the foundry industry",
      value: 30,
      unit: "percent",
      direction: "reduce",
      qualifier: "more than",
      baselineYear: 2020,
    },
    { metric: "energy use", value: 5, unit: "percent", direction: "reduce", baselineYear: 2020 },
  ],
  annotated: ["quantities[1].metric"],
};
const BRIEF = {
  id: "2023-05-03-china-industries",
  series: "MERICS China Industries",
  publishedOn: "2023-05-03",
  reportingPeriod: { start: "2023-03-28", end: "2023-04-24" },
  top5: [FOUNDRY],
  policyNews: [MOF_NEWS],
  corporateNews: [TESLA],
  targets: [PARTICULATES],
};
const FILE = "briefs/2023-05-03-china-industries.json";

function normalise(
  brief: Record<string, unknown>,
  takenIds: ReadonlyMap<string, string> = new Map(),
) {
  const { records, problems: read } = parseBriefFile(FILE, brief);
  if (!records) throw new Error(`unreadable test brief: ${read.map(formatProblem).join("; ")}`);
  const added = { at: "2026-12-02T10:00:00.000Z", source: "may.pdf" };
  const { brief: normalised, problems } = normaliseBrief(
    FILE,
    records,
    registries,
    takenIds,
    added,
  );
  return { brief: normalised, problems: [...read, ...problems].map(formatProblem) };
}

describe("normaliseBrief turns a valid brief into what the pages show", () => {
  it("keeps a Top 5 item's words, rank, titles and issuers in the brief's order", () => {
    const { brief, problems } = normalise(BRIEF);
    expect(problems).toEqual([]);
    const [top5] = brief.policies;
    expect(top5).toMatchObject({
      id: FOUNDRY.id,
      briefId: "2023-05-03-china-industries",
      kind: "top5",
      rank: 1,
      headline: FOUNDRY.headline,
      summary: FOUNDRY.atAGlance,
      bullets: FOUNDRY.bullets,
      details: [],
      comment: FOUNDRY.comment,
      title: {
        en: FOUNDRY.document.titleEn,
        zh: "关于推动铸造和锻压行业高质量发展的指导意见",
        number: null,
        stage: null,
      },
      sameAs: [],
      familyOf: [],
      sources: [],
      references: [{ label: "MERICS and EUCCC survey", url: null }],
      annotated: [],
      added: { at: "2026-12-02T10:00:00.000Z", source: "may.pdf" },
    });
    expect(top5?.date.iso).toBe("2023-04-14");
    expect(top5?.issuingBodies.map((body) => body.acronym)).toEqual(["MIIT", "NDRC", "MEE"]);
    expect(top5?.sectors.map((sector) => sector.nameEn)).toEqual(["Foundry and forging"]);
  });

  it("gives a policy news item its text as summary, the document it names, and no analysis", () => {
    // The brief's policy news of 24 April: the MOF's amended interim measures (English title only).
    const subsidies = {
      id: "2023-04-24-mof-subsidy-funds-amendments",
      date: "2023-04-24",
      issuingBodies: ["mof"],
      text: "The MOF released amendments to the “Interim Measures for the Management of Subsidy Funds for Energy Conservation and Emission Reduction”",
      document: {
        titleEn:
          "Interim Measures for the Management of Subsidy Funds for Energy Conservation and Emission Reduction",
        titleZh: null,
      },
      sources: [{ label: "MOF notice" }],
    };
    const { brief } = normalise({ ...BRIEF, policyNews: [MOF_NEWS, subsidies] });
    const [, plain, titled] = brief.policies;
    expect(plain).toMatchObject({
      id: MOF_NEWS.id,
      kind: "news",
      rank: null,
      headline: null,
      summary: MOF_NEWS.text,
      bullets: [],
      details: [],
      comment: [],
      references: [],
      title: { en: null, zh: null, number: null, stage: null },
    });
    expect(titled).toMatchObject({
      summary: subsidies.text,
      title: { en: subsidies.document.titleEn, zh: null, number: null, stage: null },
      sources: [{ label: "MOF notice", url: null }],
    });
    expect(titled?.issuingBodies.map((body) => body.nameEn)).toEqual(["Ministry of Finance"]);
  });

  it("shows a listed document under its title, English first, else Chinese", () => {
    const listed = (id: string, titleEn: string | null, titleZh: string | null) => ({
      id,
      date: "2023-04-14",
      issuingBodies: ["miit"],
      titleEn,
      titleZh,
      number: "工信部联通装〔2023〕40号",
    });
    const { brief } = normalise({
      ...BRIEF,
      documents: [
        listed("both", FOUNDRY.document.titleEn, FOUNDRY.document.titleZh),
        listed("zh-only", null, FOUNDRY.document.titleZh),
      ],
    });
    const documents = brief.policies.filter((policy) => policy.kind === "document");
    expect(documents.map((policy) => [policy.id, policy.summary, policy.rank])).toEqual([
      ["both", FOUNDRY.document.titleEn, null],
      ["zh-only", FOUNDRY.document.titleZh, null],
    ]);
    expect(documents[0]?.title).toEqual({
      en: FOUNDRY.document.titleEn,
      zh: FOUNDRY.document.titleZh,
      number: "工信部联通装〔2023〕40号",
      stage: null,
    });
  });

  it("gives corporate news its companies and the place it happens", () => {
    const { brief, problems } = normalise(BRIEF);
    expect(problems).toEqual([]);
    const [news] = brief.corporateNews;
    expect(news?.companies.map((company) => [company.name, company.country.nameEn])).toEqual([
      ["Tesla", "United States"],
    ]);
    expect(news?.location).toEqual({
      country: { code: "CN", nameEn: "China", nameZh: "中国", demonyms: ["Chinese"] },
      city: "Shanghai",
      words: "in Shanghai",
    });
    expect(news).toMatchObject({
      dealKind: "factory",
      text: TESLA.text,
      briefId: BRIEF.id,
      sources: [
        { label: "Reuters article", url: null },
        { label: "Xinhua article", url: null },
      ],
      annotated: [],
      added: { at: "2026-12-02T10:00:00.000Z", source: "may.pdf" },
    });
    expect(news?.date.iso).toBe("2023-04-09");
  });

  it("reports a place in a country the registry lacks, at the field that names it", () => {
    const { brief, problems } = normalise({
      ...BRIEF,
      corporateNews: [{ ...TESLA, location: { country: "XX" } }],
    });
    expect(problems).toEqual([
      `${FILE} → corporateNews[0].location.country: unknown country 'XX'; add it to the countries registry or fix the id`,
    ]);
    expect(brief.corporateNews[0]?.location).toBeNull();
  });

  it("gives a target each figure in order, its deadline, sector and the policy's issuers", () => {
    const { brief } = normalise(BRIEF);
    const [target] = brief.targets;
    expect(target).toMatchObject({
      id: PARTICULATES.id,
      policyId: FOUNDRY.id,
      briefId: BRIEF.id,
      targetYear: 2025,
      targetYearBasis: "horizon",
      timeLimit: null,
      quantities: [
        {
          metric: "particulate matter pollution in the foundry industry",
          isMetricAnnotated: false,
          value: 30,
          unit: "percent",
          direction: "reduce",
          qualifier: "more than",
          baselineYear: 2020,
        },
        {
          metric: "energy use",
          isMetricAnnotated: true,
          value: 5,
          unit: "percent",
          direction: "reduce",
          qualifier: null,
          baselineYear: 2020,
        },
      ],
    });
    expect(target?.sector.nameEn).toBe("Foundry and forging");
    expect(target?.issuingBodies.map((body) => body.acronym)).toEqual(["MIIT", "NDRC", "MEE"]);
  });

  it("keeps a duty's time limit apart from a deadline", () => {
    // Brief item 2: "update the algorithm within three months".
    const { brief } = normalise({
      ...BRIEF,
      targets: [
        {
          ...PARTICULATES,
          quantities: [],
          annotated: [],
          targetYear: null,
          targetYearBasis: null,
          timeLimit: { duty: "update the algorithm", amount: 3, unit: "month" },
        },
      ],
    });
    expect(brief.targets[0]?.timeLimit).toEqual({
      duty: "update the algorithm",
      amount: 3,
      unit: "month",
    });
    expect(brief.targets[0]?.quantities).toEqual([]);
  });
});

describe("normaliseBrief's report lines", () => {
  it.each([
    ["2023-03-27", "2023-03-27 is outside the reporting period 2023-03-28 – 2023-04-24"],
    ["2023-04-25", "2023-04-25 is outside the reporting period 2023-03-28 – 2023-04-24"],
    ["2023-02", "2023-02 is outside the reporting period 2023-03-28 – 2023-04-24"],
    ["2023-05", "2023-05 is outside the reporting period 2023-03-28 – 2023-04-24"],
  ])("warns of a date outside the reporting period (%s) and keeps the item", (date, message) => {
    const { brief, problems } = normalise({ ...BRIEF, policyNews: [{ ...MOF_NEWS, date }] });
    expect(problems).toEqual([`${FILE} → policyNews[0].date: ${message}`]);
    expect(brief.policies.map((policy) => policy.id)).toContain(MOF_NEWS.id);
  });

  it.each(["2023-03-28", "2023-04-24", "2023-03", "2023-04", "2023"])(
    "takes %s as inside the reporting period",
    (date) => {
      expect(normalise({ ...BRIEF, policyNews: [{ ...MOF_NEWS, date }] }).problems).toEqual([]);
    },
  );

  it("warns, rather than refuses, when an item falls outside the period", () => {
    const { records } = parseBriefFile(FILE, {
      ...BRIEF,
      corporateNews: [{ ...TESLA, date: "2022-01-15" }],
    });
    if (!records) throw new Error("unreadable test brief");
    const { problems } = normaliseBrief(FILE, records, registries);
    expect(problems.map((found) => found.severity)).toEqual(["warning"]);
  });

  it("reports a reporting period that ends before it starts", () => {
    const { problems } = normalise({
      ...BRIEF,
      reportingPeriod: { start: "2023-04-24", end: "2023-03-28" },
      top5: [],
      policyNews: [],
      corporateNews: [],
      targets: [],
    });
    expect(problems).toEqual([
      `${FILE} → reportingPeriod: the reporting period ends before it starts`,
    ]);
  });

  it("takes a one-day period, and a month period ending in that month", () => {
    const oneDay = { ...BRIEF, top5: [], corporateNews: [], targets: [] };
    expect(
      normalise({ ...oneDay, reportingPeriod: { start: "2023-03-28", end: "2023-03-28" } })
        .problems,
    ).toEqual([]);
    expect(
      normalise({ ...oneDay, reportingPeriod: { start: "2023-03-28", end: "2023-03" } }).problems,
    ).toEqual([]);
  });

  it("keeps the first of two items with one id and reports the second", () => {
    const { brief, problems } = normalise({
      ...BRIEF,
      policyNews: [MOF_NEWS, { ...MOF_NEWS, text: "A second item under the same id" }],
    });
    expect(problems).toEqual([
      `${FILE} → policyNews[1].id: duplicate id '${MOF_NEWS.id}'; the first one is used`,
    ]);
    expect(brief.policies.filter((policy) => policy.id === MOF_NEWS.id)).toHaveLength(1);
    expect(brief.policies.find((policy) => policy.id === MOF_NEWS.id)?.summary).toBe(MOF_NEWS.text);
  });

  it("keeps the first of two targets with one id and reports the second", () => {
    const { brief, problems } = normalise({
      ...BRIEF,
      targets: [PARTICULATES, { ...PARTICULATES, text: "A second target under the same id" }],
    });
    expect(problems).toEqual([
      `${FILE} → targets[1].id: duplicate id '${PARTICULATES.id}'; the first one is used`,
    ]);
    expect(brief.targets.map((target) => target.text)).toEqual([PARTICULATES.text]);
  });

  it("leaves out an item whose id an earlier brief holds, naming that brief's file", () => {
    const { brief, problems } = normalise(
      BRIEF,
      new Map([[TESLA.id, "briefs/2023-04-05-china-industries.json"]]),
    );
    expect(problems).toEqual([
      `${FILE} → corporateNews[0].id: id '${TESLA.id}' is already used in briefs/2023-04-05-china-industries.json; this item is left out — give it a unique id`,
    ]);
    expect(brief.corporateNews).toEqual([]);
  });

  it.each([
    [
      { policy: "2023-04-11-cac-generative-ai" },
      "targets[0].policy: no policy with id '2023-04-11-cac-generative-ai' in this brief",
    ],
    [
      { sector: "steel" },
      "targets[0].sector: unknown sector 'steel'; add it to the sectors registry or fix the id",
    ],
  ])("leaves out a target it cannot place (%j)", (change, message) => {
    const { brief, problems } = normalise({ ...BRIEF, targets: [{ ...PARTICULATES, ...change }] });
    expect(problems).toEqual([`${FILE} → ${message}`]);
    expect(brief.targets).toEqual([]);
  });

  it("keeps an item whose issuer or sector is unknown, reporting each by position", () => {
    const { brief, problems } = normalise({
      ...BRIEF,
      top5: [{ ...FOUNDRY, issuingBodies: ["miit", "beijing", "mee"], sectors: ["steel"] }],
      targets: [],
    });
    expect(problems).toEqual([
      `${FILE} → top5[0].issuingBodies[1]: unknown issuing body 'beijing'; add it to the issuing-bodies registry or fix the id`,
      `${FILE} → top5[0].sectors[0]: unknown sector 'steel'; add it to the sectors registry or fix the id`,
    ]);
    expect(brief.policies[0]?.issuingBodies.map((body) => body.acronym)).toEqual(["MIIT", "MEE"]);
    expect(brief.policies[0]?.sectors).toEqual([]);
  });

  it("reports a listed document's unknown issuer at the document's own path", () => {
    const document = {
      id: "2023-04-14-foundry-forging-document",
      date: "2023-04-14",
      issuingBodies: ["miit", "beijing"],
      titleEn: FOUNDRY.document.titleEn,
      titleZh: FOUNDRY.document.titleZh,
    };
    const { problems } = normalise({ ...BRIEF, targets: [], documents: [document] });
    expect(problems).toEqual([
      `${FILE} → documents[0].issuingBodies[1]: unknown issuing body 'beijing'; add it to the issuing-bodies registry or fix the id`,
    ]);
  });

  it("reports an unknown company and keeps the news item", () => {
    const { brief, problems } = normalise({
      ...BRIEF,
      corporateNews: [{ ...TESLA, companies: ["tesla", "catl"] }],
    });
    expect(problems).toEqual([
      `${FILE} → corporateNews[0].companies[1]: unknown company 'catl'; add it to the companies registry or fix the id`,
    ]);
    expect(brief.corporateNews[0]?.companies.map((company) => company.id)).toEqual(["tesla"]);
  });
});

describe("toSafeUrl", () => {
  it.each([
    ["https://www.merics.org/en", "https://www.merics.org/en"],
    ["http://www.miit.gov.cn", "http://www.miit.gov.cn/"],
    ["javascript:alert(1)", null],
    ["data:text/html,hi", null],
    ["/relative/path", null],
    ["", null],
    [undefined, null],
  ])("takes %j as %j", (url, safe) => {
    expect(toSafeUrl(url)).toBe(safe);
  });
});
