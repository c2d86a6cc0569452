import { describe, expect, it } from "vitest";
import {
  readIngestFixture,
  readSeedAnnotations,
  readShippedRegistries,
} from "../../tests/unit/ingest-inputs";
import type { Annotations } from "./annotations";
import { parseBrief, type ParseBriefResult } from "./parse-brief";
import { NO_HEADER } from "./parse-header";

/** Briefs as analysts really copy them: web pages without the header or document lines, older issues. */
const registries = readShippedRegistries();
const seedAnnotations = readSeedAnnotations();
const webPage = readIngestFixture("seed-brief-web-page.txt");
const olderIssue = readIngestFixture("seed-brief-older-issue.txt");
const webCopy = readIngestFixture("seed-brief-web-copy.txt");

const header = {
  publishedOn: "2023-05-03",
  reportingPeriod: { start: "2023-03-28", end: "2023-04-24" },
};
/** The document lines the web page lacks, as the full brief prints them. */
const documents: Annotations["top5"] = [
  {
    rank: 1,
    document: {
      titleEn:
        "Guiding Opinions on Promoting the High-Quality Development of the Foundry and Forging Industries",
      titleZh: "关于推动铸造和锻压行业高质量发展的指导意见",
      issuers: "MIIT, NDRC, MEE",
      date: "2023-04-14",
    },
  },
  {
    rank: 2,
    document: {
      titleEn:
        "Measures for the Management of Generative Artificial Intelligence Services (Draft for Comment)",
      titleZh:
        "国家互联网信息办公室关于《生成式人工智能服务管理办法（征求意见稿）》公开征求意见的通知",
      issuers: "Cyberspace Administration of China",
      date: "2023-04-11",
    },
  },
  {
    rank: 3,
    document: {
      titleEn:
        "Reform Plan for Adjusting and Optimizing the Setting of Majors and Specialties in Higher Education",
      titleZh: "教育部等五部门关于印发《普通高等教育学科专业设置调整优化改革方案》的通知",
      issuers: "MOE, NDRC, MIIT, MOF, MOHRSS",
      date: "2023-04-04",
    },
  },
  {
    rank: 4,
    document: {
      titleEn:
        "Implementation Opinions on Promoting the Evolution of IPv6 Technology and the Innovative Development of Applications",
      titleZh: "工业和信息化部等八部门关于推进 IPv6 技术演进和应用创新发展的实施意见",
      issuers: "MIIT, CAC, NDRC, MOE, MOT, PBOC, SASAC, NEA",
      date: "2023-04-23",
    },
  },
  {
    rank: 5,
    document: {
      titleEn:
        "Notice on Organizing and Carrying Out the 2023 Annual List of Large Enterprises and Unveiling of Small and Medium-sized Enterprises",
      titleZh: "关于组织开展 2023 年度大企业“发榜”中小企业“揭榜”工作的通知",
      issuers: "MIIT",
      date: "2023-04-18",
    },
  },
];

function ok(result: ParseBriefResult) {
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** The seed's reviewed annotations, plus what the analyst gives on the review screen. */
function given(extra: Partial<Annotations>): Annotations {
  return { ...seedAnnotations, ...extra };
}

const fromWebCopy = ok(parseBrief(webCopy, { registries, annotations: seedAnnotations }));
/** A brief without the `annotated` marks, which say where facts came from. */
const facts = (result: ReturnType<typeof ok>) =>
  JSON.stringify({
    ...result.brief,
    top5: result.brief.top5.map(({ annotated: _annotated, ...item }) => item),
  });

describe("parseBrief on a web page copied without its header and document lines", () => {
  it("asks for the dates the text does not give, instead of refusing it as not a brief", () => {
    const result = parseBrief(webPage, { registries });
    expect(result).toMatchObject({ ok: false, error: NO_HEADER, needsDates: true });
  });

  it("with the dates, reads every news item and lists the Top 5 items that lack their document", () => {
    const result = ok(parseBrief(webPage, { registries, annotations: given({ header }) }));
    expect(result.brief.top5).toEqual([]);
    expect(result.brief.policyNews).toHaveLength(8);
    expect(result.brief.corporateNews).toHaveLength(6);
    expect(
      result.report.incomplete.map(({ rank, missing, namedIssuers }) => [
        rank,
        missing,
        namedIssuers,
      ]),
    ).toEqual([
      [1, ["titleEn", "issuers", "date"], ["MIIT"]],
      [2, ["titleEn", "issuers", "date"], ["CAC"]],
      [3, ["titleEn", "issuers", "date"], ["MOE"]],
      [4, ["titleEn", "issuers", "date"], []],
      [5, ["titleEn", "issuers", "date"], ["MIIT"]],
    ]);
    const warnings = result.report.warnings.map((warning) => warning.message);
    expect(warnings).toContain(
      "the text has no header line; the publication date 2023-05-03 and reporting period 2023-03-28 – 2023-04-24 are annotations",
    );
    expect(warnings).toContain(
      "Top 5 item 1 is incomplete: missing an 'Article:' line with the English title, an 'Issuing bodies:' line, a 'Date:' line such as 'Date: April 14, 2023'",
    );
    // The "In this issue" list is furniture, not unparsed text.
    expect(result.report.skipped.filter((line) => line.reason === "contents list")).toHaveLength(5);
  });

  it("with the documents given too, is the same brief as the full copy, the given parts marked", () => {
    const result = ok(
      parseBrief(webPage, {
        registries,
        annotations: given({
          header,
          top5: seedAnnotations.top5.map((entry) => ({
            ...entry,
            ...documents.find((given) => given.rank === entry.rank),
          })),
        }),
      }),
    );
    expect(result.report.incomplete).toEqual([]);
    expect(facts(result)).toBe(facts(fromWebCopy));
    expect(result.brief.top5[0]?.annotated).toEqual(
      expect.arrayContaining(["document.titleEn", "document.titleZh", "issuingBodies", "date"]),
    );
    expect(result.report.unparsed).toEqual([]);
  });
});

describe("parseBrief on an older issue ('China Industries Briefing – Month YYYY', no Top 5 heading)", () => {
  it("reads its numbered items as the Top 5 once the dates are given, and says so", () => {
    expect(parseBrief(olderIssue, { registries })).toMatchObject({ ok: false, needsDates: true });
    const result = ok(parseBrief(olderIssue, { registries, annotations: given({ header }) }));
    expect(facts(result)).toBe(facts(fromWebCopy));
    expect(result.report.unparsed).toEqual([]);
    expect(result.report.warnings.map((warning) => warning.message)).toContain(
      "no 'MERICS Top 5' heading; the numbered items from line 3 are read as the Top 5",
    );
  });
});
