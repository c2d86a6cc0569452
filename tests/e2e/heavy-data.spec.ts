import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./test";

const manifest = JSON.parse(readFileSync("public/data/index.json", "utf8")) as { briefs: string[] };
const SHIPPED_FILE = "briefs/2023-05-03-china-industries.json";
const shipped = JSON.parse(readFileSync(`public/data/${SHIPPED_FILE}`, "utf8")) as BriefJson;
const bodies = JSON.parse(readFileSync("public/data/registries/issuing-bodies.json", "utf8")) as {
  issuingBodies: Record<string, unknown>[];
};

type Item = Record<string, unknown>;
type BriefJson = Item & {
  top5: Item[];
  policyNews: Item[];
  corporateNews: Item[];
  targets: Item[];
};

/** Serves `brief` as the only brief, and `bodiesFile` as the issuing-bodies registry if given. */
async function serveBrief(page: Page, brief: BriefJson, bodiesFile = bodies) {
  await page.route("**/data/index.json", (route) =>
    route.fulfill({ json: { ...manifest, briefs: [SHIPPED_FILE] } }),
  );
  await page.route(`**/data/${SHIPPED_FILE}`, (route) => route.fulfill({ json: brief }));
  await page.route("**/data/registries/issuing-bodies.json", (route) =>
    route.fulfill({ json: bodiesFile }),
  );
}

/** How far the page scrolls sideways: 0 when nothing overflows the viewport. */
function sidewaysOverflow(page: Page) {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

test.describe("an unbroken 100,000-character string", () => {
  const LONG = "W".repeat(100_000);

  test("wraps or is clipped on every page, never widening it", async ({ page }) => {
    const brief: BriefJson = {
      ...shipped,
      top5: shipped.top5.map((item, at) => (at === 0 ? { ...item, headline: LONG } : item)),
      policyNews: shipped.policyNews.map((item, at) => (at === 0 ? { ...item, text: LONG } : item)),
      corporateNews: shipped.corporateNews.map((item, at) =>
        at === 0 ? { ...item, text: LONG } : item,
      ),
    };
    const longBodies = {
      ...bodies,
      issuingBodies: bodies.issuingBodies.map((body) =>
        body.id === "miit" ? { ...body, acronym: LONG, nameEn: LONG } : body,
      ),
    };
    await serveBrief(page, brief, longBodies);
    for (const [url, heading] of [
      ["/", "Overview"],
      [`/briefs/${String(shipped.id)}`, /MERICS China Industries/],
      ["/timeline", /timeline/i],
      ["/news", /corporate news/i],
      ["/targets", /targets/i],
    ] as const) {
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect.poll(() => sidewaysOverflow(page), { message: url }).toBeLessThanOrEqual(0);
    }
  });
});

test("a brief larger than the first look shows its first items, then every item", async ({
  page,
}) => {
  // Test data: the shipped corporate news copied under new ids, each saying it is a copy.
  const copies = Array.from({ length: 2500 }, (_, at) => {
    const item = shipped.corporateNews[at % shipped.corporateNews.length] ?? {};
    return { ...item, id: `copy-${at}`, text: `Synthetic copy ${at}: ${String(item.text)}` };
  });
  await serveBrief(page, { ...shipped, corporateNews: copies });
  await page.goto("/news");
  await expect(page.getByRole("heading", { level: 1, name: /corporate news/i })).toBeVisible();
  await expect(page.getByText("2,500 items", { exact: true })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /Showing|Loading/ })).toHaveCount(0);
  await page.getByRole("searchbox", { name: "Search text" }).fill("Synthetic copy 2499:");
  await expect(page.getByText("1 of 2,500 items")).toBeVisible();
});
