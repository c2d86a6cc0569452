import { serveManyBriefs } from "./many-briefs";
import { expect, expectNoAxeViolations, test } from "./test";

/** The details panel, named by its policy: the page's other complementary region is "Filters". */
const DETAILS = /^(?!Filters$)/;

test.beforeEach(async ({ page }) => {
  await serveManyBriefs(page);
});

test("a document mentioned in three briefs is one mark in its lane, its mentions lead into each brief", async ({
  page,
}) => {
  await page.goto("/timeline?issuer=miit&start=2021-01-01&end=2021-12-31");
  const lane = page.getByRole("group", {
    name: "MIIT, Ministry of Industry and Information Technology",
  });
  const mark = lane.getByRole("button", { name: /industrial internet plan/i });
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveAccessibleName(/Mentioned 3 times\.$/);

  await mark.click();
  const panel = page.getByRole("complementary", { name: DETAILS });
  const mentions = panel.getByRole("region", { name: "Mentions (3)" });
  await expect(mentions.getByRole("link")).toHaveCount(3);
  await expectNoAxeViolations(page);
  await mentions.getByRole("link").nth(1).click();
  await expect(page).toHaveURL("/briefs/synthetic-2021-05#doc-a-2");
  await expect(page.locator(`[data-active="true"]`)).toContainText(
    "Synthetic industrial internet plan",
  );
});

test("a family's stages are listed in order and each opens on the timeline", async ({ page }) => {
  await page.goto("/timeline?item=fam-b-issued");
  const stages = page
    .getByRole("complementary", { name: DETAILS })
    .getByRole("region", { name: "Stages of this policy" });
  await expect(stages.getByRole("listitem")).toHaveText([
    /^Draft for comment: /,
    /^Issued: .*\(shown\)/,
    /^Implementation rules: /,
  ]);
  await stages.getByRole("button", { name: /implementing rules/ }).click();
  await expect(page).toHaveURL(/item=fam-b-rules/);
  await expect(
    page
      .getByRole("complementary", { name: DETAILS })
      .getByRole("heading", { level: 2, name: /implementing rules/ }),
  ).toBeVisible();
});
