import { describe, expect, it } from "vitest";
import type { DocumentMention } from "./group-documents";
import { proposeDocumentMatches } from "./propose-matches";

// Synthetic mentions: shapes of real titles and numbers, not real documents.
const earlier: DocumentMention[] = [
  { id: "chips-march", titleZh: "汽车芯片标准体系建设指南（征求意见稿）", number: null },
  { id: "foundry", titleZh: "铸造和锻压行业规范条件", number: "工信部联通装〔2023〕40号" },
  { id: "ai-draft", titleZh: "生成式人工智能服务管理办法（征求意见稿）", number: null },
];

describe("proposing matches for a new brief", () => {
  it.each([
    [{ titleZh: null, number: "工信部联通装[2023]40号" }, "foundry", "same-number"],
    [
      { titleZh: "汽车芯片标准体系建设指南(征求意见稿)", number: null },
      "chips-march",
      "same-title",
    ],
    [
      { titleZh: "关于印发《汽车芯片标准体系建设指南》的通知", number: null },
      "chips-march",
      "same-family",
    ],
    [{ titleZh: "生成式人工智能服务管理暂行办法", number: null }, "ai-draft", "similar-title"],
  ] as const)("proposes %j as %s (%s)", (fields, matchId, reason) => {
    expect(proposeDocumentMatches([{ id: "new", ...fields }], earlier)).toEqual([
      { id: "new", matchId, reason },
    ]);
  });

  it("proposes nothing for a document it has not seen", () => {
    expect(
      proposeDocumentMatches(
        [{ id: "new", titleZh: "关于加快推进氢能产业发展的意见", number: "国发〔2023〕9号" }],
        earlier,
      ),
    ).toEqual([]);
  });

  it("does not call short titles similar", () => {
    expect(
      proposeDocumentMatches(
        [{ id: "new", titleZh: "工作要点", number: null }],
        [{ id: "old", titleZh: "工作要求", number: null }],
      ),
    ).toEqual([]);
  });
});
