import { describe, expect, it } from "vitest";
import {
  readSeedAnnotations,
  readSeedBrief,
  readShippedRegistries,
} from "../../tests/unit/ingest-inputs";
import { parseBrief, type BriefInput } from "./parse-brief";

const registries = readShippedRegistries();

function parseSeed(): BriefInput {
  const result = parseBrief(readSeedBrief(), { registries, annotations: readSeedAnnotations() });
  if (!result.ok) throw new Error(result.error);
  return result.brief;
}

const brief = parseSeed();

describe("parseBrief on the brief of 3 May 2023: the front and the people", () => {
  it("reads the header line into the publication date and reporting period", () => {
    expect(brief).toMatchObject({
      id: "2023-05-03-china-industries",
      series: "MERICS China Industries",
      publishedOn: "2023-05-03",
      reportingPeriod: { start: "2023-03-28", end: "2023-04-24" },
    });
  });

  it("reads authors and editors, joining a role that wraps onto a second line", () => {
    expect(brief.authors).toEqual([
      { name: "Alexander Brown", role: "Analyst, MERICS" },
      { name: "Kai von Carnap", role: "Analyst, MERICS" },
      { name: "Gregor Sebastian", role: "Analyst, MERICS" },
    ]);
    expect(brief.editors).toEqual([
      { name: "Claudia Wessling", role: "Director Communications and Publications, MERICS" },
      { name: "Alexander Davey", role: "Editor, MERICS" },
    ]);
  });
});

describe("parseBrief on the brief of 3 May 2023: the Top 5", () => {
  const items = brief.top5;

  it.each([
    [
      1,
      "Going hammer and tongs: China to transform forging and foundry industries",
      "Three ministries led by",
      4,
      0,
      3,
      ["miit", "ndrc", "mee"],
      "2023-04-14",
    ],
    [
      2,
      "Cyber watchdog suggests far reaching regulation for generative AI",
      "The Cyberspace Administration of China (CAC)",
      4,
      0,
      3,
      ["cac"],
      "2023-04-11",
    ],
    [
      3,
      "Universities to revise one fifth of majors to match strategic goals",
      "The Ministry of Education (MOE)",
      4,
      0,
      2,
      ["moe", "ndrc", "miit", "mof", "mohrss"],
      "2023-04-04",
    ],
    [
      4,
      "Beijing ramps up rollout of controversial IPv6+ system",
      "Eight government agencies",
      4,
      0,
      3,
      ["miit", "cac", "ndrc", "moe", "mot", "pboc", "sasac", "nea"],
      "2023-04-23",
    ],
    [
      5,
      "China's innovative approach to incubate high-tech SMEs through strategic partnerships with large firms",
      "The MIIT released its first annual application call",
      3,
      1,
      2,
      ["miit"],
      "2023-04-18",
    ],
  ])(
    "item %i: headline, summary, %#: bullets, paragraphs, issuers in printed order, date",
    (rank, headline, glanceStart, bullets, details, comments, issuers, date) => {
      const item = items.find((i) => i.rank === rank);
      expect(item?.headline).toBe(headline);
      expect(item?.atAGlance.startsWith(glanceStart)).toBe(true);
      expect(item?.bullets).toHaveLength(bullets);
      expect(item?.details).toHaveLength(details);
      expect(item?.comment).toHaveLength(comments);
      expect(item?.issuingBodies).toEqual(issuers);
      expect(item?.date).toBe(date);
      // "Article: … ([Link](#))": a bare "Link" names no source; the article is named above.
      expect(item?.sources).toEqual([]);
    },
  );

  it.each([
    [
      1,
      "Guiding Opinions on Promoting the High-Quality Development of the Foundry and Forging Industries",
      "关于推动铸造和锻压行业高质量发展的指导意见",
    ],
    [
      2,
      "Measures for the Management of Generative Artificial Intelligence Services (Draft for Comment)",
      "国家互联网信息办公室关于《生成式人工智能服务管理办法（征求意见稿）》公开征求意见的通知",
    ],
    [
      3,
      "Reform Plan for Adjusting and Optimizing the Setting of Majors and Specialties in Higher Education",
      "教育部等五部门关于印发《普通高等教育学科专业设置调整优化改革方案》的通知",
    ],
    [
      4,
      "Implementation Opinions on Promoting the Evolution of IPv6 Technology and the Innovative Development of Applications",
      "工业和信息化部等八部门关于推进 IPv6 技术演进和应用创新发展的实施意见",
    ],
    [
      5,
      "Notice on Organizing and Carrying Out the 2023 Annual List of Large Enterprises and Unveiling of Small and Medium-sized Enterprises",
      "关于组织开展 2023 年度大企业“发榜”中小企业“揭榜”工作的通知",
    ],
  ])(
    "item %i: splits the article line into its English and Chinese titles",
    (rank, titleEn, titleZh) => {
      expect(items.find((i) => i.rank === rank)?.document).toEqual({ titleEn, titleZh });
    },
  );

  it("keeps link labels in the prose and lists them as references, unescaping \\( \\)", () => {
    const ipv6 = items.find((i) => i.rank === 4);
    expect(ipv6?.bullets[1]).toContain("such as IPv6+, and Segment Routing (SRv6)");
    expect(ipv6?.references?.map((r) => r.label)).toEqual([
      "IPv6+, and Segment Routing (SRv6)",
      "three step plan",
      "controversial alternative",
    ]);
    expect(ipv6?.comment.join(" ")).not.toContain("](#)");
  });

  it("keeps the paragraph between the bullets and the comment of item 5 as a detail", () => {
    expect(items.find((i) => i.rank === 5)?.details?.[0]).toMatch(
      /^Provincial departments are to ask/,
    );
  });
});

describe("parseBrief on the brief of 3 May 2023: Noteworthy", () => {
  it.each([
    ["2023-03-28", ["miit"], "The MIIT released draft guidelines", "MIIT notice"],
    ["2023-03-28", ["mof"], "The Ministry of Finance (MOF) announced", "MOF notice"],
    [
      "2023-03-29",
      ["cnipa"],
      "The China National Intellectual Property Administration issued",
      "CNIPA notice",
    ],
    ["2023-03-31", ["nea"], "The National Energy Administration (NEA) published", "NEA notice"],
    ["2023-04-10", ["miit"], "The MIIT requested submission", "MIIT notice"],
    ["2023-04-14", ["nea"], "The NEA outlined", "NEA notice"],
    [
      "2023-04-21",
      ["samr"],
      "The State Administration for Market Regulation issued",
      "SAMR notice",
    ],
    ["2023-04-24", ["mof"], "The MOF released amendments", "MOF notice"],
  ])("policy news of %s by %j", (date, issuers, start, source) => {
    const item = brief.policyNews?.find((n) => n.text.startsWith(start));
    expect(item).toMatchObject({ date, issuingBodies: issuers, sources: [{ label: source }] });
  });

  it.each([
    [
      "2023-04-06",
      "Swedish aluminum producer",
      ["granges", "innovation-new-material"],
      ["Yicai Global article"],
    ],
    [
      "2023-04-06",
      "Airbus signed",
      ["airbus", "tianjin-ftz-investment", "avic"],
      ["Airbus press release"],
    ],
    ["2023-04-08", "China's state-owned shipbuilder", ["cssc", "cma-cgm"], ["Caixin article"]],
    ["2023-04-09", "Tesla announced", ["tesla"], ["Reuters article", "Xinhua article"]],
    [
      "2023-04-13",
      "Volkswagen announced",
      ["volkswagen", "cariad", "thundersoft"],
      ["Reuters article"],
    ],
    ["2023-04-20", "Huawei announces", ["huawei"], ["Tech Wire Asia article"]],
  ])(
    "corporate news of %s starting %j names its companies in order",
    (date, start, companies, sources) => {
      const item = brief.corporateNews?.find((n) => n.text.startsWith(start));
      expect(item?.date).toBe(date);
      expect(item?.companies).toEqual(companies);
      expect(item?.sources?.map((s) => s.label)).toEqual(sources);
    },
  );

  it("joins the Airbus item that a page break split in two", () => {
    const airbus = brief.corporateNews?.find((n) => n.text.startsWith("Airbus"));
    expect(airbus?.text).toContain("to expand A320 family assembly capacity");
  });
});

describe("parseBrief on the brief of 3 May 2023: targets", () => {
  // The brief has 19 Top 5 bullets; two of them set two figures each. Until 14 the ingest made
  // 22 targets by splitting those two bullets; one bullet is one target.
  it("makes one target of every Top 5 bullet, with all its figures, and one of a news clause", () => {
    expect(brief.targets).toHaveLength(20);
    expect(brief.targets?.filter((t) => t.quantities?.length)).toHaveLength(5);
    expect(brief.targets?.flatMap((t) => t.quantities ?? [])).toHaveLength(7);
    expect(brief.targets?.at(-1)).toMatchObject({
      policy: "2023-03-28-miit-automotive-chip-standards",
      text: "develop over 30 key standards for automotive chips by 2025",
      targetYear: 2025,
      targetYearBasis: "explicit",
    });
  });

  it("dates bullets by their item's horizon ('Targets for 2025 include:') or leaves them undated", () => {
    const years = new Map(brief.targets?.map((t) => [t.policy, [t.targetYear, t.targetYearBasis]]));
    expect(years.get("2023-04-14-foundry-forging-opinions")).toEqual([2025, "horizon"]);
    expect(years.get("2023-04-11-generative-ai-measures")).toEqual([null, null]);
    expect(years.get("2023-04-23-ipv6-evolution-opinions")).toEqual([2025, "horizon"]);
  });
});

describe("parseBrief's report on the brief of 3 May 2023", () => {
  const { report } = parseBrief(readSeedBrief(), {
    registries,
    annotations: readSeedAnnotations(),
  });

  it("uses every line except page furniture, and has nothing to warn about", () => {
    expect(report.unparsed).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(new Set(report.skipped.map((s) => s.reason))).toEqual(
      new Set(["page furniture", "contents list", "publisher's imprint"]),
    );
  });

  it("gives the same bytes for the same input", () => {
    expect(JSON.stringify(parseSeed())).toBe(JSON.stringify(brief));
  });
});

describe("parseBrief with annotations that link documents across briefs", () => {
  const seed = readSeedAnnotations();
  const result = parseBrief(readSeedBrief(), {
    registries,
    annotations: {
      ...seed,
      top5: seed.top5.map((entry) =>
        entry.rank === 1 ? { ...entry, stage: "issued", familyOf: ["earlier-draft"] } : entry,
      ),
      policyNews: seed.policyNews.map((entry, at) =>
        at === 0
          ? { ...entry, document: { titleZh: "合成标准体系建设指南" }, stage: "draft" as const }
          : entry,
      ),
    },
  });
  const linked = result.ok ? result.brief : null;

  it("sets the stage and links the annotation gives, and says they are annotations", () => {
    expect(linked?.top5[0]).toMatchObject({
      document: { stage: "issued" },
      familyOf: ["earlier-draft"],
      annotated: ["sectors", "document.stage", "familyOf"],
    });
    expect(linked?.policyNews?.[0]).toMatchObject({
      document: { titleZh: "合成标准体系建设指南", stage: "draft" },
      annotated: ["sectors", "document"],
    });
  });

  it("adds no identity fields where no annotation sets them", () => {
    expect(brief.top5[1]).not.toHaveProperty("familyOf");
    expect(brief.top5[1]?.document).not.toHaveProperty("stage");
    expect(brief.policyNews?.[0]).not.toHaveProperty("document");
  });
});
