import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Page } from "@playwright/test";
import { readManyBriefsExpectations } from "./many-briefs";
import { expect, expectNoAxeViolations, test, visitEveryPage } from "./test";

const FIXTURE = resolve("tests/fixtures/many-briefs");
const { briefs, latestBrief } = readManyBriefsExpectations();
/** The manifest's files: four registries and the briefs. */
const FILES = 4 + briefs;

/**
 * Serves the 24-brief fixture; the earlier briefs wait until `release` is called (the newest,
 * listed last, does not), and `broken` files are answered with text that is not JSON.
 */
async function serveSlowArchive(page: Page, broken: string[] = []) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/data/**", async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*?\/data\//, "");
    const isEarlierBrief = path.startsWith("briefs/") && !path.includes(latestBrief);
    if (isEarlierBrief) await released;
    await route.fulfill({
      body: broken.includes(path) ? "{ not json" : await readFile(resolve(FIXTURE, path), "utf8"),
      contentType: "application/json",
    });
  });
  return release;
}

test("shows the newest brief with the files loaded so far, then fills in every page", async ({
  page,
}) => {
  const release = await serveSlowArchive(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(
    page.getByRole("status").filter({ hasText: "Loading the other briefs" }),
  ).toBeVisible();
  await expect(page.getByText(`5 of ${FILES} files`)).toBeVisible();
  await expect(page.getByRole("progressbar", { name: /Loading the other briefs/ })).toBeVisible();
  await expect(page.getByText(/The earlier briefs are still loading/)).toBeVisible();
  await expectNoAxeViolations(page);

  release();
  await expect(
    page.getByText(`Compared with the ${briefs - 1} earlier briefs loaded.`),
  ).toBeVisible();
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await visitEveryPage(page);
});

test("names a broken brief among many and shows the rest", async ({ page }) => {
  const release = await serveSlowArchive(page, ["briefs/synthetic-2021-05.json"]);
  release();
  await page.goto("/");
  await expect(page.getByRole("alert")).toContainText(
    "briefs/synthetic-2021-05.json: is not valid JSON",
  );
  await expect(
    page.getByText(`Compared with the ${briefs - 2} earlier briefs loaded.`),
  ).toBeVisible();
});
