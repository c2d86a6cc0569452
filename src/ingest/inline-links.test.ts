import { describe, expect, it } from "vitest";
import { replaceLinks, splitTrailingSources } from "./inline-links";

describe("replaceLinks", () => {
  it("keeps labels in the text and lists the links, unescaping Markdown escapes", () => {
    expect(replaceLinks("such as [IPv6+, and Segment Routing \\(SRv6\\)](#) and [a](#)")).toEqual({
      text: "such as IPv6+, and Segment Routing (SRv6) and a",
      links: [
        { label: "IPv6+, and Segment Routing (SRv6)", url: null },
        { label: "a", url: null },
      ],
    });
  });

  it.each([
    ["https://example.org/notice?id=1", "https://example.org/notice?id=1"],
    ["http://example.org/a_(b)", "http://example.org/a_(b)"],
    ["#", null],
    ["javascript:alert(1)", null],
    ["/relative", null],
  ])("keeps the URL %j only when it is a web address", (url, kept) => {
    expect(replaceLinks(`[label](${url})`).links).toEqual([{ label: "label", url: kept }]);
  });
});

describe("splitTrailingSources", () => {
  it.each([
    ["by 2025 ([MIIT notice](#))", "by 2025", ["MIIT notice"]],
    [
      "storage ([Reuters article](#), [Xinhua article](#))",
      "storage",
      ["Reuters article", "Xinhua article"],
    ],
    ["by 2025 (MIIT notice)", "by 2025", ["MIIT notice"]],
    ["Industries (关于推动…) ([Link](#))", "Industries (关于推动…)", ["Link"]],
    ["rights (IPR)", "rights (IPR)", []],
    ["sciences (i.e., natural sciences)", "sciences (i.e., natural sciences)", []],
    ["no parenthesis", "no parenthesis", []],
    ["unbalanced )", "unbalanced )", []],
  ])("splits %j", (text, rest, labels) => {
    const result = splitTrailingSources(text);
    expect(result.text).toBe(rest);
    expect(result.sources.map((s) => s.label)).toEqual(labels);
  });
});
