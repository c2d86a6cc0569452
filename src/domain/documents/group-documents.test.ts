import { describe, expect, it } from "vitest";
import { groupDocuments, type DocumentMention } from "./group-documents";

// Synthetic mentions: shapes of real titles and numbers, not real documents.
const mention = (id: string, fields: Partial<DocumentMention> = {}): DocumentMention => ({
  id,
  titleZh: null,
  number: null,
  ...fields,
});

function documentsOf(mentions: DocumentMention[]): string[][] {
  return groupDocuments(mentions).documents.map((document) => document.mentionIds);
}

describe("grouping mentions into documents", () => {
  it("makes one document of mentions with the same number, however it is written", () => {
    expect(
      documentsOf([
        mention("march", { number: "工信部联通装〔2023〕40号" }),
        mention("may", { number: "工信部联通装[2023]40号" }),
        mention("june", { number: "工信部联通装（2023） 40号" }),
      ]),
    ).toEqual([["march", "may", "june"]]);
  });

  it("makes one document of a notice issuing measures and the measures named alone", () => {
    expect(
      documentsOf([
        mention("a", { titleZh: "关于印发《汽车芯片标准体系建设指南》的通知" }),
        mention("b", { titleZh: "汽车芯片标准体系建设指南" }),
      ]),
    ).toEqual([["a", "b"]]);
  });

  it("merges nothing on a likeness", () => {
    expect(
      documentsOf([
        mention("a", { titleZh: "生成式人工智能服务管理办法" }),
        mention("b", { titleZh: "生成式人工智能服务管理暂行办法" }),
        mention("c", { titleZh: null, number: null }),
        mention("d", { titleZh: null, number: null }),
      ]),
    ).toEqual([["a"], ["b"], ["c"], ["d"]]);
  });

  it("keeps documents of one name apart when their numbers differ", () => {
    expect(
      documentsOf([
        mention("2016", { titleZh: "关于印发《工作要点》的通知", number: "国办发〔2016〕1号" }),
        mention("2021", { titleZh: "关于印发《工作要点》的通知", number: "国办发〔2021〕1号" }),
        mention("again", { titleZh: "关于印发《工作要点》的通知" }),
      ]),
    ).toEqual([["2016", "again"], ["2021"]]);
  });

  it("joins a mention with a number to an earlier one of the same title that had none", () => {
    expect(
      documentsOf([
        mention("plain", { titleZh: "数据安全管理办法" }),
        mention("numbered", { titleZh: "数据安全管理办法", number: "国办发〔2021〕1号" }),
      ]),
    ).toEqual([["plain", "numbered"]]);
  });

  it("keeps apart a later mention whose number differs from the one the document got", () => {
    expect(
      documentsOf([
        mention("plain", { titleZh: "数据安全管理办法" }),
        mention("2021", { titleZh: "数据安全管理办法", number: "国办发〔2021〕1号" }),
        mention("2023", { titleZh: "数据安全管理办法", number: "国办发〔2023〕1号" }),
      ]),
    ).toEqual([["plain", "2021"], ["2023"]]);
  });

  it("puts no two titles with nothing left but stage words or brackets in one family", () => {
    const groups = groupDocuments([
      mention("stage-only", { titleZh: "（征求意见稿）" }),
      mention("brackets-only", { titleZh: "（）" }),
    ]);
    expect(groups.documentOf.get("brackets-only")?.familyId).toBe("brackets-only");
  });

  it("follows an explicit link where titles do not match", () => {
    expect(
      documentsOf([
        mention("en-only", { titleZh: null }),
        mention("zh", { titleZh: "数据安全管理办法", sameAs: ["en-only"] }),
      ]),
    ).toEqual([["en-only", "zh"]]);
  });

  it("links a draft and its issued version as stages of one family", () => {
    const groups = groupDocuments([
      mention("draft", { titleZh: "关于《数据出境安全评估办法（征求意见稿）》公开征求意见的通知" }),
      mention("draft-again", { titleZh: "数据出境安全评估办法（征求意见稿）" }),
      mention("issued", { titleZh: "数据出境安全评估办法", stage: "issued" }),
      mention("rules", { titleZh: "数据出境评估细则", familyOf: ["issued"] }),
    ]);
    expect(groups.documents.map((d) => [d.mentionIds, d.stage])).toEqual([
      [["draft", "draft-again"], "draft"],
      [["issued"], "issued"],
      [["rules"], null],
    ]);
    expect(groups.families.get("draft")?.map((d) => d.id)).toEqual(["draft", "issued", "rules"]);
    expect(groups.documentOf.get("rules")?.familyId).toBe("draft");
  });
});
