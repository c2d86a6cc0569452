import { describe, expect, it } from "vitest";
import { toLaneNameLines } from "@/features/timeline/timeline-lane-row";
import { fitLabel } from "@/features/timeline/timeline-marks";

const TITLE = "Going hammer and tongs: China to transform forging and foundry industries";

describe("timeline labels", () => {
  it.each([
    ["MIIT", ["MIIT"]],
    ["CCP CC GO", ["CCP CC GO"]],
    ["State Council", ["State", "Council"]],
  ])("writes the lane name %s in lines that fit left of the plot", (name, lines) => {
    expect(toLaneNameLines(name)).toEqual(lines);
  });

  it("shows a mark's title whole where it fits, cut with an ellipsis where not, never a stub", () => {
    expect(fitLabel(TITLE, 1000)).toBe(TITLE);
    expect(fitLabel(TITLE, 120)).toMatch(/^Going hammer and.*…$/);
    expect(fitLabel(TITLE, 30)).toBeNull();
  });

  it("cuts an unbroken 100,000-character title as any other, and a wide character counts once", () => {
    const long = "x".repeat(100_000);
    expect(fitLabel(long, 100_000)).toMatch(/^x+…$/);
    expect(fitLabel(long, 120)).toBe(`${"x".repeat(20)}…`);
    expect(fitLabel("🇨🇳 国家发展和改革委员会", 1000)).toBe("🇨🇳 国家发展和改革委员会");
  });
});
