import { describe, expect, it } from "vitest";
import { toSourceLines, type LineKind } from "./source-lines";

const kindOf = (line: string): LineKind | undefined => toSourceLines(line)[0]?.kind;

describe("toSourceLines", () => {
  it.each<[string, LineKind]>([
    ["", { kind: "blank" }],
    ["MERICS TOP 5", { kind: "heading", section: "top5" }],
    ["## MERICS' Top 5", { kind: "heading", section: "top5" }],
    ["**MERICS’ TOP 5**", { kind: "heading", section: "top5" }],
    ["NOTEWORTHY", { kind: "heading", section: "noteworthy" }],
    ["### Corporate news", { kind: "heading", section: "corporateNews" }],
    ["For more information, please contact:", { kind: "heading", section: "contact" }],
    ["NOTEWORTHY.....\t7", { kind: "contents", entry: "NOTEWORTHY" }],
    ["1. Going hammer and tongs.....\t2", { kind: "contents", entry: "1. Going hammer and tongs" }],
    [
      "MAY 3, 2023 (REPORTING PERIOD: MARCH 28 - APRIL 24)",
      { kind: "header", published: "MAY 3, 2023", period: "MARCH 28 - APRIL 24" },
    ],
    [
      "_May 3, 2023 (Reporting period: March 28 – April 24)_",
      { kind: "header", published: "May 3, 2023", period: "March 28 – April 24" },
    ],
    ["China Industries", { kind: "title" }],
    ["### 2. Cyber watchdog", { kind: "item", rank: 2, headline: "Cyber watchdog" }],
    ["- *March 28:* The MIIT", { kind: "bullet", text: "March 28: The MIIT" }],
    ["• Seek approval", { kind: "bullet", text: "Seek approval" }],
    [
      "**At a glance:** Three ministries",
      { kind: "label", label: "atAGlance", text: "Three ministries" },
    ],
    ["MERICS comment: China has", { kind: "label", label: "comment", text: "China has" }],
    ["Issuing body: MIIT", { kind: "label", label: "issuingBodies", text: "MIIT" }],
    ["Note: something", { kind: "text", text: "Note: something" }],
    [
      "– such as intermediary components –",
      { kind: "text", text: "– such as intermediary components –" },
    ],
    ["\t## Policy news", { kind: "heading", section: "policyNews" }],
    ["# Noteworthy #", { kind: "heading", section: "noteworthy" }],
    ["## Policy news ##", { kind: "heading", section: "policyNews" }],
    ["Noteworthy :", { kind: "heading", section: "noteworthy" }],
    ["Policy: news", { kind: "text", text: "Policy: news" }],
    ["** Some text **", { kind: "text", text: "Some text" }],
    [">Quoted text", { kind: "text", text: "Quoted text" }],
    ["Growth > 5% in 2024", { kind: "text", text: "Growth > 5% in 2024" }],
    ["Rank # 1, ahead of #2", { kind: "text", text: "Rank # 1, ahead of #2" }],
    ["At\u00A0a\u3000glance: Two", { kind: "label", label: "atAGlance", text: "Two" }],
    ["a\uFEFFb", { kind: "text", text: "a\uFEFFb" }],
    ["Noteworthy...7", { kind: "contents", entry: "Noteworthy" }],
    ["More to come ...", { kind: "text", text: "More to come ..." }],
    ["Issue   12", { kind: "text", text: "Issue   12" }],
  ])("reads %j", (line, kind) => {
    expect(kindOf(line)).toEqual(kind);
  });

  it("numbers lines from 1 across \\r\\n, \\r and \\n, and drops a byte order mark", () => {
    expect(toSourceLines("\uFEFFa\r\nb\rc\nd").map((l) => [l.number, l.text])).toEqual([
      [1, "a"],
      [2, "b"],
      [3, "c"],
      [4, "d"],
    ]);
  });

  it("reads a line of spaces and tabs as blank, not as markup", () => {
    expect(toSourceLines("a\n \t \nb")[1]).toEqual({
      number: 2,
      text: "",
      kind: { kind: "blank" },
    });
  });

  it("marks a line of markup only, so it is reported rather than lost", () => {
    expect(toSourceLines("> ")[0]).toMatchObject({
      kind: { kind: "blank" },
      markupOnly: true,
      text: ">",
    });
  });
});
