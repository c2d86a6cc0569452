import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./test";

const manifest = JSON.parse(readFileSync("public/data/index.json", "utf8")) as { briefs: string[] };
const BROKEN_NOTICE =
  "briefs/2023-06.json → corporateNews[3].date: expected a date like 2023-04-06, got 'April 6'";

/** The brief files the page (and its data worker) asks for, from now on. */
function watchBriefRequests(page: Page): string[] {
  const requested: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (/\/data\/briefs\/.+\.json$/.test(pathname)) requested.push(pathname);
  });
  return requested;
}

/** Waits until the data worker has kept the dataset for the next visit. */
async function waitUntilKept(page: Page) {
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName("dataset:stored").length))
    .toBe(1);
}

/** Adds the bad-date fixture to the shipped manifest as briefs/2023-06.json. */
async function serveBrokenBrief(page: Page) {
  await page.route("**/data/index.json", (route) =>
    route.fulfill({ json: { ...manifest, briefs: [...manifest.briefs, "briefs/2023-06.json"] } }),
  );
  await page.route("**/data/briefs/2023-06.json", (route) =>
    route.fulfill({ path: "tests/fixtures/briefs/bad-date.json", contentType: "application/json" }),
  );
}

test("shows the same briefs on a repeat visit without fetching a brief file again", async ({
  page,
}) => {
  const requested = watchBriefRequests(page);
  await page.goto("/");
  const top5 = page.getByRole("region", { name: "MERICS Top 5" }).getByRole("link");
  await expect(top5.first()).toBeVisible();
  const headlines = await top5.allTextContents();
  expect(requested.length).toBeGreaterThan(0);
  await waitUntilKept(page);

  requested.length = 0;
  await page.reload();
  await expect(top5).toHaveText(headlines);
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Timeline" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /timeline/i })).toBeVisible();
  expect(requested).toEqual([]);
});

test("names a broken brief again on a repeat visit", async ({ page }) => {
  await serveBrokenBrief(page);
  const requested = watchBriefRequests(page);
  await page.goto("/");
  await expect(page.getByRole("alert")).toContainText(BROKEN_NOTICE);
  await waitUntilKept(page);

  requested.length = 0;
  await page.reload();
  await expect(page.getByRole("alert")).toContainText(BROKEN_NOTICE);
  await expect(page.getByRole("link", { name: /Going hammer and tongs/ })).toBeVisible();
  expect(requested).toEqual([]);
});

test("loads the briefs again when the manifest changed since the last visit", async ({ page }) => {
  const requested = watchBriefRequests(page);
  await page.goto("/");
  await expect(page.getByRole("link", { name: /Going hammer and tongs/ })).toBeVisible();
  await waitUntilKept(page);
  await expect(page.getByRole("alert")).toHaveCount(0);

  await serveBrokenBrief(page);
  requested.length = 0;
  await page.reload();
  await expect(page.getByRole("alert")).toContainText(BROKEN_NOTICE);
  expect(requested).toContain("/data/briefs/2023-06.json");
});
