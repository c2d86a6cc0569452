import { describe, expect, it } from "vitest";
import { findDocumentMatches, toBriefMentions } from "./document-matches";
import type { BriefInput } from "./parse-brief";

// Synthetic briefs: shapes of real titles and numbers, not real documents.
const brief = (id: string, fields: Partial<BriefInput>): BriefInput => ({
  id,
  series: "Synthetic",
  publishedOn: "2023-05-03",
  reportingPeriod: { start: "2023-03-28", end: "2023-04-24" },
  top5: [],
  ...fields,
});

/** A Top 5 item issuing the synthetic guide, with the document as a test gives it. */
const issuedGuide = (
  document: NonNullable<BriefInput["top5"]>[number]["document"],
): NonNullable<BriefInput["top5"]>[number] => ({
  id: "issued",
  rank: 1,
  headline: "Synthetic guide issued",
  atAGlance: "Synthetic.",
  bullets: [],
  comment: ["Synthetic."],
  document,
  issuingBodies: ["miit"],
  date: "2023-04-20",
});

const march = brief("march", {
  policyNews: [
    {
      id: "draft",
      date: "2023-03-30",
      issuingBodies: ["miit"],
      text: "MIIT sought comment on a synthetic standard guide.",
      document: { titleZh: "合成汽车芯片标准体系建设指南（征求意见稿）" },
    },
  ],
  documents: [
    {
      id: "listed",
      date: "2023-03",
      issuingBodies: ["miit"],
      titleZh: null,
      titleEn: "Synthetic listed rules",
      number: "工信部合成〔2023〕40号",
    },
  ],
});

describe("finding a new brief's documents among earlier briefs", () => {
  it("names the earlier mention, its brief and the reason for each possible match", () => {
    const may = brief("may", {
      top5: [issuedGuide({ titleEn: "Synthetic guide", titleZh: "合成汽车芯片标准体系建设指南" })],
      policyNews: [
        {
          id: "again",
          date: "2023-04-21",
          issuingBodies: ["miit"],
          text: "MIIT explained the synthetic rules.",
          document: { titleZh: null, number: "工信部合成[2023]40号" },
        },
      ],
    });
    expect(findDocumentMatches(may, [march])).toEqual([
      {
        id: "issued",
        matchId: "draft",
        matchBrief: "march",
        reason: "another stage of the same policy",
      },
      { id: "again", matchId: "listed", matchBrief: "march", reason: "same document number" },
    ]);
  });

  it("does not propose what an annotation already links", () => {
    const linked = brief("may", {
      policyNews: [
        {
          id: "again",
          date: "2023-04-21",
          issuingBodies: ["miit"],
          text: "MIIT explained the synthetic rules.",
          document: { titleZh: null, number: "工信部合成〔2023〕40号" },
          sameAs: ["listed"],
        },
      ],
    });
    expect(findDocumentMatches(linked, [march])).toEqual([]);
  });

  it("does not match a brief against itself", () => {
    expect(findDocumentMatches(march, [march])).toEqual([]);
  });
});

describe("the document mentions of a brief", () => {
  it("carries the stage an annotation gives a Top 5 item or a policy news item", () => {
    const staged = brief("staged", {
      top5: [
        issuedGuide({ titleEn: "Synthetic guide", titleZh: "合成指南", stage: "implementation" }),
      ],
      policyNews: [
        {
          id: "draft",
          date: "2023-03-30",
          issuingBodies: ["miit"],
          text: "MIIT sought comment on a synthetic guide.",
          document: { titleZh: "合成指南", stage: "draft" },
        },
      ],
    });
    expect(toBriefMentions(staged).map((m) => [m.id, m.stage])).toEqual([
      ["issued", "implementation"],
      ["draft", "draft"],
    ]);
  });
});
