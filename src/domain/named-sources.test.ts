import { describe, expect, it } from "vitest";
import { isPlaceholderLabel, toNamedSources } from "@/domain/named-sources";

describe("isPlaceholderLabel", () => {
  it.each([
    "Link",
    "link",
    "(Link)",
    "[Link]",
    "#",
    "(#)",
    "here",
    "Source",
    "Read more",
    " (Link).",
    "[here]:",
  ])("takes %j for a stand-in", (label) => expect(isPlaceholderLabel(label)).toBe(true));
  it.each(["Reuters article", "MIIT notice", "Airbus press release", "Linked data portal"])(
    "takes %j for a named source",
    (label) => expect(isPlaceholderLabel(label)).toBe(false),
  );
});

describe("toNamedSources", () => {
  it("keeps named sources in order and drops a bare 'Link' without an address", () => {
    expect(
      toNamedSources([
        { label: "Link", url: null },
        { label: "Reuters article", url: null },
        { label: "Xinhua article", url: null },
      ]),
    ).toEqual([
      { label: "Reuters article", url: null },
      { label: "Xinhua article", url: null },
    ]);
  });

  it("names a bare link with a web address by its host, never by 'Link'", () => {
    expect(
      toNamedSources([
        { label: "Link", url: "https://www.miit.gov.cn/zwgk/art.html" },
        { label: "here", url: "javascript:alert(1)" },
      ]),
    ).toEqual([{ label: "miit.gov.cn", url: "https://www.miit.gov.cn/zwgk/art.html" }]);
  });

  it("names a plain http address by its host and strips only a leading 'www.'", () => {
    expect(
      toNamedSources([
        { label: "Link", url: "http://www.xinhuanet.com/tech/art.htm" },
        { label: "here", url: "https://english.www.gov.cn/policies/" },
      ]).map((source) => source.label),
    ).toEqual(["xinhuanet.com", "english.www.gov.cn"]);
  });
});
