import { describe, expect, it } from "vitest";
import { toHighlightSegments, toSnippetSegments } from "@/domain/search/highlight";
import type { HighlightTerms } from "@/domain/search/match-query";

const highlight = (change: Partial<HighlightTerms>): HighlightTerms => ({
  terms: new Set(),
  prefixes: [],
  phrases: [],
  ...change,
});
const marked = (segments: { text: string; isMatch: boolean }[]) =>
  segments.filter((segment) => segment.isMatch).map((segment) => segment.text);

describe("toHighlightSegments", () => {
  it.each([
    [
      "a term, whatever its case",
      "The NEA and the nea",
      highlight({ terms: new Set(["nea"]) }),
      ["NEA", "nea"],
    ],
    ["a prefix being typed", "Nearly near", highlight({ prefixes: ["nea"] }), ["Nearly", "near"]],
    [
      "Chinese bigrams as one run",
      "关于推动铸造和锻压行业",
      highlight({ terms: new Set(["铸造", "造和"]) }),
      ["铸造和"],
    ],
    [
      "a name of several words, stop words inside",
      "the Ministry of Industry and Information Technology (MIIT)",
      highlight({ phrases: [["ministry", "industry", "information", "technology"], ["miit"]] }),
      ["Ministry of Industry and Information Technology", "MIIT"],
    ],
    [
      "a Chinese name followed by digits",
      "合成部07 issued",
      highlight({ phrases: [["合成", "成部", "07"]] }),
      ["合成部07"],
    ],
    ["nothing", "No match here", highlight({ terms: new Set(["nea"]) }), []],
    [
      "no name of which only the first word is there",
      "State Grid",
      highlight({ phrases: [["state", "council"]] }),
      [],
    ],
  ])("marks %s", (_, text, terms, expected) => {
    const segments = toHighlightSegments(text, terms);
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
    expect(marked(segments)).toEqual(expected);
  });
});

describe("toSnippetSegments", () => {
  const long = `${"Words before the match. ".repeat(12)}Here the IPv6 rollout starts. ${"And words after it. ".repeat(12)}`;

  it("cuts a window around the first match, with ellipses", () => {
    const segments = toSnippetSegments(long, highlight({ terms: new Set(["ipv6"]) }), 80);
    const text = segments.map((segment) => segment.text).join("");
    expect(text.startsWith("… ")).toBe(true);
    expect(text.endsWith(" …")).toBe(true);
    expect(marked(segments)).toEqual(["IPv6"]);
    expect(text.length).toBeLessThanOrEqual(84);
  });

  it("keeps a short text whole", () => {
    expect(toSnippetSegments("Short IPv6 text", highlight({ terms: new Set(["ipv6"]) }))).toEqual([
      { text: "Short ", isMatch: false },
      { text: "IPv6", isMatch: true },
      { text: " text", isMatch: false },
    ]);
  });

  const ipv6 = highlight({ terms: new Set(["ipv6", "hhhhhh", "kkkk"]) });
  const f = (text: string) => ({ text, isMatch: false });
  const t = (text: string) => ({ text, isMatch: true });

  it("starts the window at the word after a space a quarter window before the match", () => {
    // IPv6 at 25; 25 − 20/4 = 20 is inside "eeee", whose space is at 24. The window ends at 45,
    // inside "hhhhhh", which is then left unmarked, and "kkkk" beyond it too.
    const text = "aaaa bbbb cccc dddd eeee IPv6 ffff gggg hhhhhh iiii jjjj kkkk";
    expect(toSnippetSegments(text, ipv6, 20)).toEqual([
      f("… "),
      t("IPv6"),
      f(" ffff gggg hhhhh"),
      f(" …"),
    ]);
  });

  it("starts at the text's start, without an ellipsis, for a match in the first word", () => {
    expect(toSnippetSegments("IPv6 aaaa bbbb cccc dddd eeee", ipv6, 20)).toEqual([
      t("IPv6"),
      f(" aaaa bbbb cccc "),
      f(" …"),
    ]);
  });

  it("shows a whole window up to the text's end, without an ellipsis, for a match near it", () => {
    // The window cannot start later than 34 − 20 = 14, a space: it starts at "dddd".
    expect(toSnippetSegments("aaaa bbbb cccc dddd eeee ffff IPv6", ipv6, 20)).toEqual([
      f("… "),
      f("dddd eeee ffff "),
      t("IPv6"),
    ]);
  });

  it("keeps the match in the window when no space comes between the window's start and it", () => {
    // Chinese has no spaces: the next space after 10 − 20/4 = 5 comes after the match.
    const text = "一二三四五六七八九十铸造甲乙丙丁 and more words here to pad it out";
    expect(toSnippetSegments(text, highlight({ terms: new Set(["铸造"]) }), 20)).toEqual([
      f("… "),
      f("六七八九十"),
      t("铸造"),
      f("甲乙丙丁 and more"),
      f(" …"),
    ]);
  });

  it("starts at the text's start when the window would start there, though a space comes before the match", () => {
    expect(toSnippetSegments("aaaa IPv6 bbbb cccc dddd eeee ffff", ipv6, 20)).toEqual([
      f("aaaa "),
      t("IPv6"),
      f(" bbbb cccc "),
      f(" …"),
    ]);
  });

  it("starts at the rough place in a text without any space after it", () => {
    // 铸造 at 20; 20 − 10/4 = 18, and no space follows: the window is 18 to 28.
    const text = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸铸造子丑寅卯辰巳午未";
    expect(toSnippetSegments(text, highlight({ terms: new Set(["铸造"]) }), 10)).toEqual([
      f("… "),
      f("壬癸"),
      t("铸造"),
      f("子丑寅卯辰巳"),
      f(" …"),
    ]);
  });
});
