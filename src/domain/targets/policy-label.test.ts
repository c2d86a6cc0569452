import { describe, expect, it } from "vitest";
import { toPolicyLabel } from "@/domain/targets/policy-label";

// The first cases (headline, title, summary cut at a word) are in describe-target.test.ts.
describe("toPolicyLabel at its 90-character limit", () => {
  const untitled = (summary: string) => ({
    headline: null,
    title: { en: null, zh: null, number: null, stage: null },
    summary,
  });

  it("keeps a title of exactly 90 characters whole", () => {
    const en =
      "Opinions of the Ministry of Industry and Information Technology on the auto chip standards";
    expect(toPolicyLabel({ ...untitled("…"), title: { ...untitled("").title, en } })).toBe(en);
  });

  it("drops every space and comma before the ellipsis", () => {
    expect(
      toPolicyLabel(
        untitled(
          "The MIIT released draft guidelines on the national automotive chip standard system,  aiming to develop over 30 key standards",
        ),
      ),
    ).toBe("The MIIT released draft guidelines on the national automotive chip standard system…");
  });

  it("cuts text without spaces at 90 characters", () => {
    expect(toPolicyLabel(untitled("关于推动能源电子产业发展的指导意见".repeat(6)))).toBe(
      `${"关于推动能源电子产业发展的指导意见".repeat(5)}关于推动能…`,
    );
  });

  it("cuts at 90 characters rather than lose half the label to a word boundary", () => {
    expect(
      toPolicyLabel({
        ...untitled("…"),
        headline:
          "Notice of the MIIT on the industrial internet https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2023/art_5a1b2c3d4e5f.html",
      }),
    ).toBe(
      "Notice of the MIIT on the industrial internet https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/ar…",
    );
  });
});
