import { describe, expect, it } from "vitest";
import { findMatchRanges, splitHighlights } from "@/domain/news/highlight-matches";
import { toSearchTerms } from "@/domain/news/search-text";

const marked = (text: string, query: string) =>
  splitHighlights(text, toSearchTerms(query))
    .map((s) => (s.isMatch ? `[${s.text}]` : s.text))
    .join("");

describe("splitHighlights", () => {
  it.each([
    ["Tesla announced plans", "tesla", "[Tesla] announced plans"],
    ["Tesla announced plans", "tes ann", "[Tes]la [ann]ounced plans"],
    ["Tesla announced plans", "sla", "Tesla announced plans"],
    ["Swedish producer Gränges", "granges", "Swedish producer [Gränges]"],
    ["Swedish producer Gra\u0308nges", "gra", "Swedish producer [Gra\u0308]nges"],
    ["Huawei 华为技术", "为技", "Huawei 华[为技]术"],
    ["aa aa", "a", "[a]a [a]a"],
    ["A plain text", "", "A plain text"],
  ])("marks %s for %j", (text, query, expected) => {
    expect(marked(text, query)).toBe(expected);
  });

  it("keeps the text whole and in order", () => {
    const text = "Volkswagen announced its software unit Cariad";
    const segments = splitHighlights(text, toSearchTerms("cariad volks"));
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.isMatch).map((s) => s.text)).toEqual(["Volks", "Cariad"]);
  });

  it("merges overlapping matches", () => {
    expect(findMatchRanges("Tesla", ["te", "tes"])).toEqual([[0, 3]]);
  });

  it("gives one plain segment for empty text", () => {
    expect(splitHighlights("", ["x"])).toEqual([{ text: "", isMatch: false }]);
  });
});
