import { readFile } from "node:fs/promises";
import { readManyBriefsExpectations, serveManyBriefs } from "./many-briefs";
import { expect, expectNoAxeViolations, nextDownload, test } from "./test";

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(2026, 10, 28, 10, 0));
  await serveManyBriefs(page);
});

test("shows MIIT's documents by month over 24 briefs and exports the chart's data", async ({
  page,
}) => {
  await page.goto("/bodies/miit");
  await expect(page.getByText("Synthetic", { exact: false }).first()).toBeVisible({
    timeout: 15_000,
  });
  const figure = page.getByRole("figure", { name: "Documents of MIIT by month" });
  await expect(figure).toBeVisible({ timeout: 15_000 });
  await expect(figure.locator("svg.recharts-surface").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await figure.getByRole("button", { name: "Export" }).click();
  const download = nextDownload(page);
  await figure.getByRole("menuitem", { name: "Download CSV (data)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("miit-documents-by-month_2026-11-28.csv");
  const csv = (await readFile(await file.path(), "utf8")).split(/\r?\n/);
  const { label, lead, coIssuer } = readManyBriefsExpectations().miitInLatestMonth;
  expect(csv).toContain(`${label},${lead},${coIssuer}`);
});

test("reaches a body's page from an issuing-body tag on the overview", async ({ page }) => {
  await page.goto("/");
  const top5 = page.getByRole("region", { name: "MERICS Top 5" });
  await top5.getByRole("link", { name: "CNIPA" }).click();
  await expect(page).toHaveURL("/bodies/cnipa");
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "China National Intellectual Property Administration",
    }),
  ).toBeVisible();
});

test("reaches a body's page from the timeline's issuing-body filter", async ({ page }) => {
  await page.goto("/timeline?issuer=miit");
  await page
    .getByRole("list", { name: "Pages of the chosen issuing body" })
    .getByRole("link", { name: "MIIT" })
    .click();
  await expect(page).toHaveURL("/bodies/miit");
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Ministry of Industry and Information Technology",
    }),
  ).toBeVisible();
});
