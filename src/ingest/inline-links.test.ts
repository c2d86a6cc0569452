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
    ["see:https://example.org", null],
    ["https://example.org/a\\ b", null],
  ])("keeps the URL %j only when it is a web address", (url, kept) => {
    expect(replaceLinks(`[label](${url})`).links).toEqual([{ label: "label", url: kept }]);
  });

  it("trims a link's label and lists no link for an empty label", () => {
    expect(replaceLinks("see [ MIIT notice ](#) and [](https://example.org)")).toEqual({
      text: "see MIIT notice and ",
      links: [{ label: "MIIT notice", url: null }],
    });
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
    ["  unbalanced )  ", "unbalanced )", []],
    ["  no parenthesis  ", "no parenthesis", []],
    ["  rights (IPR)  ", "rights (IPR)", []],
    ["by 2025 (MIIT notice).", "by 2025", ["MIIT notice"]],
    ["by 2025 ([MIIT notice](#)) .", "by 2025", ["MIIT notice"]],
    ["(MIIT notice)", "", ["MIIT notice"]],
    ["x MIIT notice)", "x MIIT notice)", []],
    ["x) MIIT notice (", "x) MIIT notice (", []],
    ["see \\(MIIT notice)", "see \\(MIIT notice)", []],
    ["empty ()", "empty ()", []],
    ["x ([Reuters article](#), see page 3)", "x ([Reuters article](#), see page 3)", []],
    ["x (see [MIIT notice](#) here)", "x (see [MIIT notice](#) here)", []],
    ["x ([Reuters, Xinhua article](#))", "x", ["Reuters, Xinhua article"]],
    ["x (MIIT notice, page 3)", "x (MIIT notice, page 3)", []],
    ["x (MIIT notice, Reuters article,)", "x", ["MIIT notice", "Reuters article"]],
    ["x (\\[1\\] MIIT notice, Reuters article)", "x", ["[1] MIIT notice", "Reuters article"]],
    ["x (one two three four  five notice)", "x", ["one two three four  five notice"]],
    ["x (one two three four five six notice)", "x (one two three four five six notice)", []],
  ])("splits %j", (text, rest, labels) => {
    const result = splitTrailingSources(text);
    expect(result.text).toBe(rest);
    expect(result.sources.map((s) => s.label)).toEqual(labels);
  });
});
