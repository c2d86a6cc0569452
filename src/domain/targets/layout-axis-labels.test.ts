import { describe, expect, it } from "vitest";
import { estimateTextWidth, layoutAxisLabels, wrapText } from "@/domain/targets/layout-axis-labels";

describe("wrapText", () => {
  it.each([
    ["Energy", 160, ["Energy"]],
    ["Telecoms and internet infrastructure", 160, ["Telecoms and internet", "infrastructure"]],
    ["电信与互联网基础设施", 60, ["电信与互联", "网基础设施"]],
    ["Supercalifragilisticexpialidocious", 80, ["Supercalifra", "gilisticexpiali", "docious"]],
    ["IPv6+ 创新城市 cities", 50, ["IPv6+", "创新城市", "cities"]],
    ["  Energy  ", 160, ["Energy"]],
    ["", 160, []],
    [
      "Supercalifragilisticexpialidocious is long",
      80,
      ["Supercalifra", "gilisticexpiali", "docious is", "long"],
    ],
  ])("wraps %s to %i px", (text, width, lines) => {
    const wrapped = wrapText(text, width, 12);
    expect(wrapped).toEqual(lines);
    for (const line of wrapped) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(width);
  });

  it("counts a Chinese character as one em and Latin as about half", () => {
    expect(estimateTextWidth("半导体", 12)).toBe(36);
    expect(estimateTextWidth("abc", 10)).toBe(17);
    expect(estimateTextWidth("a b", 25)).toBe(35);
  });

  it("does not count a line's trailing space against its width", () => {
    expect(wrapText("ab cd ef", 26, 10)).toEqual(["ab cd", "ef"]);
  });
});

describe("layoutAxisLabels", () => {
  it("sizes the axis by the longest line and the band by the most lines", () => {
    const layout = layoutAxisLabels(
      new Map([
        [
          "telecoms",
          [
            { text: "Telecoms and internet infrastructure", lang: "en", tone: "primary" },
            { text: "电信与互联网基础设施", lang: "zh", tone: "secondary" },
          ] as const,
        ],
        ["energy", [{ text: "Energy", lang: "en", tone: "primary" }] as const],
      ]),
      { maxWidth: 160, fontSize: 12 },
    );
    expect(layout.lines.get("telecoms")?.map((line) => line.text)).toEqual([
      "Telecoms and internet",
      "infrastructure",
      "电信与互联网基础设施",
    ]);
    expect(layout.maxLines).toBe(3);
    expect(layout.width).toBe(estimateTextWidth("Telecoms and internet", 12));
  });

  it("cuts a part to its line limit with an ellipsis", () => {
    const layout = layoutAxisLabels(
      new Map([
        [
          "long",
          [
            { text: "one two three four five six", lang: "en", tone: "secondary", maxLines: 2 },
          ] as const,
        ],
      ]),
      { maxWidth: 40, fontSize: 12 },
    );
    expect(layout.lines.get("long")?.map((line) => line.text)).toEqual(["one", "tw…"]);
  });

  it("keeps a part that fills its line limit exactly without an ellipsis", () => {
    const layout = layoutAxisLabels(
      new Map([
        ["two", [{ text: "one two", lang: "en", tone: "secondary", maxLines: 2 }] as const],
      ]),
      { maxWidth: 40, fontSize: 12 },
    );
    expect(layout.lines.get("two")?.map((line) => line.text)).toEqual(["one", "two"]);
  });
});
