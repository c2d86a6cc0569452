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

  it("proposes a draft and a final version for the earlier document of their own stage", () => {
    const stages: DocumentMention[] = [
      { id: "ai-draft", titleZh: "生成式人工智能服务管理办法（征求意见稿）", number: null },
      { id: "ai-final", titleZh: "生成式人工智能服务管理办法", number: null },
      { id: "ai-draft-copy", titleZh: "生成式人工智能服务管理办法（征求意见稿）", number: null },
    ];
    expect(
      proposeDocumentMatches(
        [
          { id: "new-draft", titleZh: "生成式人工智能服务管理办法（征求意见稿）", number: null },
          { id: "new-final", titleZh: "生成式人工智能服务管理办法", number: null },
        ],
        stages,
      ),
    ).toEqual([
      { id: "new-draft", matchId: "ai-draft", reason: "same-title" },
      { id: "new-final", matchId: "ai-final", reason: "same-title" },
    ]);
  });

  it("calls a title similar when two characters shorter than the earlier one", () => {
    expect(
      proposeDocumentMatches(
        [{ id: "new", titleZh: "生成式人工智能服务管理办法", number: null }],
        [{ id: "interim", titleZh: "生成式人工智能服务管理暂行办法", number: null }],
      ),
    ).toEqual([{ id: "new", matchId: "interim", reason: "similar-title" }]);
  });

  it("calls titles of eight characters a word apart similar, but not of seven", () => {
    expect(
      proposeDocumentMatches(
        [
          { id: "new-8", titleZh: "数据安全管理办法", number: null },
          { id: "new-7", titleZh: "网络安全审查法", number: null },
        ],
        [
          { id: "old-8", titleZh: "数据安全管理规定", number: null },
          { id: "old-7", titleZh: "网络安全审查令", number: null },
        ],
      ),
    ).toEqual([{ id: "new-8", matchId: "old-8", reason: "similar-title" }]);
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
