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
});
