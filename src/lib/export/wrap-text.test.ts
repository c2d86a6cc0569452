import { describe, expect, it } from "vitest";
import { estimateTextWidth, wrapText, type MeasureText } from "@/lib/export/wrap-text";

// One pixel per character makes the expected lines easy to read.
const perChar: MeasureText = (text) => [...text].length;
const font = { size: 10, weight: 400 };

describe("wrapText", () => {
  it.each([
    ["Targets by sector", 40, ["Targets by sector"]],
    ["Targets by sector", 10, ["Targets by", "sector"]],
    ["Targets   by  sector", 11, ["Targets by", "sector"]],
    [
      "关于推动铸造和锻压行业高质量发展的指导意见",
      8,
      ["关于推动铸造和锻", "压行业高质量发展", "的指导意见"],
    ],
    ["MIIT 工业和信息化部", 7, ["MIIT 工业", "和信息化部"]],
    ["Supercalifragilistic", 8, ["Supercal", "ifragili", "stic"]],
    ["a Supercalifragilistic b", 8, ["a", "Supercal", "ifragili", "stic b"]],
    ["", 10, []],
    ["   ", 10, []],
  ])("wraps %j at %i", (text, width, lines) => {
    expect(wrapText(text, width, font, perChar)).toEqual(lines);
  });

  it("never loses a character", () => {
    const text = "Source: MERICS China Industries, 3 May 2023; 中国产业政策 monthly briefs";
    for (const width of [5, 12, 30]) {
      const joined = wrapText(text, width, font, perChar).join("");
      expect(joined.replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
    }
  });
});

describe("estimateTextWidth", () => {
  it("counts an ideograph as a full em and Latin letters as less", () => {
    expect(estimateTextWidth("中文", { size: 20, weight: 400 })).toBe(40);
    expect(estimateTextWidth("ab", { size: 20, weight: 400 })).toBeLessThan(40);
  });

  it("widens bold text", () => {
    const regular = estimateTextWidth("Sector", { size: 20, weight: 400 });
    expect(estimateTextWidth("Sector", { size: 20, weight: 700 })).toBeGreaterThan(regular);
  });
});
