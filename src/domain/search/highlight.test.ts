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
});
