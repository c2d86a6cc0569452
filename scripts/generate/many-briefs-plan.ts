/**
 * The planned part of the multi-brief test fixture: documents reported again in later briefs,
 * families of stages, and the issuing bodies, companies and sectors that first appear in a given
 * brief. Written out by hand so tests/fixtures/many-briefs.expected.json can be checked against
 * it by eye; everything else in the fixture is seeded filler drawn from the pools below.
 */
import type { CorporateNewsInput } from "./corporate-news";
import type { PolicyNewsInput, Top5Input } from "./policies";
import type { TargetInput } from "./targets";

/** Issuing bodies, sectors and companies the filler draws from (from the first brief on). */
export const POOL = {
  bodies: ["miit", "ndrc", "mof", "samr", "nea", "mee"],
  sectors: ["automotive", "energy", "semiconductors", "new-energy-vehicles", "metals-materials"],
  companies: 10,
} as const;

type Planned =
  | { section: "top5"; item: Omit<Top5Input, "rank" | "date">; targets?: PlannedTarget[] }
  | { section: "policyNews"; item: Omit<PolicyNewsInput, "date">; targets?: PlannedTarget[] }
  | { section: "corporateNews"; item: Omit<CorporateNewsInput, "date"> };

type PlannedTarget = Omit<TargetInput, "id" | "policy">;

const SOURCES = [{ label: "Synthetic source" }];
const COMMENT = ["Synthetic comment: generated text for tests, not an analysis."];

function top5(
  id: string,
  issuingBodies: string[],
  sectors: string[],
  document: Top5Input["document"],
  links: Pick<Top5Input, "sameAs" | "familyOf" | "annotated"> = {},
  targets: PlannedTarget[] = [],
): Planned {
  const title = `[Synthetic] ${document.titleEn}`;
  return {
    section: "top5",
    item: {
      id,
      headline: title,
      atAGlance: `Synthetic summary of ${document.titleEn}.`,
      bullets: targets.map((target) => target.text),
      comment: COMMENT,
      document,
      issuingBodies,
      sectors,
      sources: SOURCES,
      ...links,
    },
    targets,
  };
}

function news(
  id: string,
  issuingBodies: string[],
  sectors: string[],
  text: string,
  extra: Pick<PolicyNewsInput, "document" | "sameAs" | "familyOf" | "annotated"> = {},
): Planned {
  return {
    section: "policyNews",
    item: { id, issuingBodies, sectors, text: `[Synthetic] ${text}`, sources: SOURCES, ...extra },
  };
}

function deal(id: string, companies: string[], text: string): Planned {
  return {
    section: "corporateNews",
    item: {
      id,
      companies,
      dealKind: "agreement",
      sectors: ["automotive"],
      text: `[Synthetic] ${text}`,
      sources: SOURCES,
    },
  };
}

const INTERNET_PLAN = "合成工业互联网创新发展行动计划";
const DATA_EXPORT = "合成数据出境安全评估办法";
const AIRWORTHINESS = "合成民用航空器适航管理规定";

/** Planned items by brief index (0 = the first brief, 23 = the latest). */
export const PLAN: Record<number, Planned[]> = {
  0: [deal("deal-co-0002", ["co-0002"], "Synthetic Co. 0002 signed an agreement")],
  // Document A: one number written three ways, reported in three briefs.
  1: [
    news("doc-a-1", ["miit"], ["automotive"], "MIIT issued a synthetic industrial internet plan", {
      document: { titleZh: INTERNET_PLAN, number: "工信部合成〔2021〕3号" },
    }),
  ],
  // Family B: draft for comment (the title says so), issued, implementation rules (annotated link).
  2: [
    news("fam-b-draft", ["cac"], ["semiconductors"], "CAC sought comment on synthetic data rules", {
      document: { titleZh: `关于《${DATA_EXPORT}（征求意见稿）》公开征求意见的通知` },
    }),
  ],
  4: [
    top5("doc-a-2", ["miit"], ["automotive"], {
      titleEn: "Synthetic industrial internet plan",
      titleZh: `关于印发《${INTERNET_PLAN}》的通知`,
      number: "工信部合成[2021]3号",
    }),
  ],
  6: [
    top5("fam-b-issued", ["cac", "ndrc"], ["semiconductors"], {
      titleEn: "Synthetic data export rules",
      titleZh: DATA_EXPORT,
      stage: "issued",
    }),
  ],
  7: [
    news("doc-a-3", ["miit"], ["automotive"], "MIIT reported on its synthetic internet plan", {
      document: { titleZh: null, number: "工信部合成（2021） 3号" },
    }),
  ],
  // Document C: first reported without a Chinese title, linked by an annotation.
  10: [news("doc-c-1", ["sasac"], ["energy"], "SASAC issued synthetic guidance for state firms")],
  11: [news("news-shipbuilding", ["miit"], ["shipbuilding"], "MIIT issued synthetic ship rules")],
  12: [deal("deal-co-0011", ["co-0011", "co-0001"], "Synthetic Co. 0011 signed an agreement")],
  13: [
    news("fam-b-rules", ["cac"], ["semiconductors"], "CAC issued synthetic implementing rules", {
      document: { titleZh: "合成数据出境安全评估实施细则" },
      familyOf: ["fam-b-issued"],
      annotated: ["familyOf"],
    }),
  ],
  16: [
    top5(
      "doc-c-2",
      ["sasac"],
      ["energy"],
      { titleEn: "Synthetic state firm guidance", titleZh: "合成国有企业数字化转型指引" },
      { sameAs: ["doc-c-1"], annotated: ["sameAs"] },
    ),
  ],
  // Document E: one number, three briefs.
  17: [
    top5("doc-e-1", ["ndrc"], ["energy"], {
      titleEn: "Synthetic energy storage plan",
      titleZh: "合成新型储能发展实施方案",
      number: "发改合成〔2022〕7号",
    }),
  ],
  // Family D: draft here, issued in the latest brief.
  19: [
    news("fam-d-draft", ["miit"], [], "MIIT sought comment on synthetic airworthiness rules", {
      document: { titleZh: `${AIRWORTHINESS}（征求意见稿）` },
    }),
  ],
  20: [
    news("doc-e-2", ["ndrc"], ["energy"], "NDRC explained its synthetic storage plan", {
      document: { titleZh: null, number: "发改合成〔2022〕7号" },
    }),
  ],
  22: [
    news("doc-e-3", ["ndrc"], ["energy"], "NDRC reviewed its synthetic storage plan", {
      document: { titleZh: null, number: "发改合成[2022]7号" },
    }),
  ],
  // The latest brief is planned in full: a new body (CNIPA), sector (aviation), two new companies.
  23: [
    top5(
      "fam-d-issued",
      ["miit", "cnipa"],
      ["aviation"],
      { titleEn: "Synthetic airworthiness rules", titleZh: AIRWORTHINESS, stage: "issued" },
      {},
      [
        {
          text: "Certify 20 synthetic aircraft types by 2023",
          sector: "aviation",
          targetYear: 2023,
          targetYearBasis: "explicit",
        },
        {
          text: "Certify 60 synthetic aircraft types by 2027",
          sector: "aviation",
          targetYear: 2027,
          targetYearBasis: "explicit",
        },
      ],
    ),
    top5(
      "latest-ev-plan",
      ["miit", "ndrc"],
      ["automotive"],
      { titleEn: "Synthetic vehicle plan", titleZh: "合成汽车产业稳增长工作方案" },
      {},
      [
        {
          text: "Issue synthetic charging rules within 6 months",
          sector: "automotive",
          targetYear: null,
          targetYearBasis: null,
          timeLimit: { duty: "issue synthetic charging rules", amount: 6, unit: "month" },
        },
      ],
    ),
    news("latest-energy-news", ["ndrc"], ["energy"], "NDRC issued a synthetic grid notice"),
    deal("latest-co-0012", ["co-0012", "co-0001"], "Synthetic Co. 0012 signed an agreement"),
    deal("latest-co-0013", ["co-0013"], "Synthetic Co. 0013 signed an agreement"),
    deal("latest-co-0002", ["co-0002"], "Synthetic Co. 0002 signed an agreement"),
  ],
};

export type { Planned, PlannedTarget };
