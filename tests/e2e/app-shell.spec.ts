import { readFileSync } from "node:fs";
import { expect, expectNoAxeViolations, test, visitEveryPage } from "./test";

const manifest = JSON.parse(readFileSync("public/data/index.json", "utf8")) as { briefs: string[] };

test("visits every page through the navigation", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Going hammer and tongs/ })).toBeVisible();
  await visitEveryPage(page);
  await expectNoAxeViolations(page);
});

test("opens a deep link directly and survives a reload", async ({ page }) => {
  await page.goto("/briefs/2023-05-03-china-industries");
  await expect(
    page.getByRole("heading", { level: 1, name: /MERICS China Industries/ }),
  ).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole("heading", { level: 1, name: /MERICS China Industries/ }),
  ).toBeVisible();
  await expect(page.getByText("关于推动铸造和锻压行业高质量发展的指导意见")).toBeVisible();
});

test("shows a helpful page for an unknown address", async ({ page }) => {
  await page.goto("/nowhere");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "All briefs" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Briefs" })).toBeVisible();
});

test.describe("with a broken brief in the manifest", () => {
  test("names each bad file and shows the rest of the app", async ({ page }) => {
    await page.route("**/data/index.json", (route) =>
      route.fulfill({
        json: {
          ...manifest,
          briefs: [...manifest.briefs, "briefs/2023-06.json", "briefs/missing-brief.json"],
        },
      }),
    );
    await page.route("**/data/briefs/2023-06.json", (route) =>
      route.fulfill({
        path: "tests/fixtures/briefs/bad-date.json",
        contentType: "application/json",
      }),
    );
    await page.goto("/");
    const notice = page.getByRole("alert");
    await expect(notice).toContainText(
      "briefs/2023-06.json → corporateNews[3].date: expected a date like 2023-04-06, got 'April 6'",
    );
    await expect(notice).toContainText("briefs/missing-brief.json: was not found");
    await expect(page.getByRole("link", { name: /Going hammer and tongs/ })).toBeVisible();
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Corporate news" })
      .click();
    await expect(page.getByText(/Tesla announced plans/)).toBeVisible();
  });

  test("shows hostile strings as inert text", async ({ page }) => {
    await page.route("**/data/index.json", (route) =>
      route.fulfill({ json: { ...manifest, briefs: ["briefs/hostile.json"] } }),
    );
    await page.route("**/data/briefs/hostile.json", (route) =>
      route.fulfill({
        path: "tests/fixtures/briefs/hostile-content.json",
        contentType: "application/json",
      }),
    );
    await page.goto("/news");
    await expect(
      page.getByText(/<script>window.__pwned = true<\/script> Hostile text/),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "Click me" })).toHaveCount(0);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned),
    ).toBeUndefined();
  });
});

test.describe("when the network fails", () => {
  test.use({ allowedFailure: /ERR_INTERNET_DISCONNECTED|ManifestError/ });

  test("offers a retry when the data index cannot be reached", async ({ page }) => {
    let attempts = 0;
    await page.route("**/data/index.json", async (route) => {
      attempts += 1;
      if (attempts <= 3) return route.abort("internetdisconnected");
      return route.fallback();
    });
    await page.goto("/");
    // Two retries back off 1 s and 2 s: within the expect timeout at any scale from 1 up.
    await expect(
      page.getByRole("heading", { name: "The brief data could not be loaded" }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  });
});
