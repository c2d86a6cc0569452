import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, nextDownload, tabTo, test } from "./test";

const items = (page: Page) =>
  page.getByRole("region", { name: "Corporate news items" }).getByRole("article");

/** Opens the news page and waits for its list. */
async function openNews(page: Page) {
  await page.goto("/news");
  await expect(items(page)).toHaveCount(6);
}

test("filters by country, then company, and keeps the result on reload", async ({ page }) => {
  await openNews(page);
  await expect(page.getByText("6 items", { exact: true })).toBeVisible();

  await page.getByRole("combobox", { name: "Home country" }).fill("France");
  await page
    .getByRole("listbox", { name: "Home country" })
    .getByRole("option", { name: /France \(FR\)/ })
    .click();
  await expect(items(page)).toHaveCount(2);
  await expect(page).toHaveURL(/\?country=FR$/);

  await page.getByRole("combobox", { name: "Company" }).fill("CMA");
  await page
    .getByRole("listbox", { name: "Company" })
    .getByRole("option", { name: /CMA CGM/ })
    .click();
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).first()).toContainText("16 large container ships");
  await expect(page).toHaveURL(/\?country=FR&company=cma-cgm$/);

  await page.reload();
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).first()).toContainText("16 large container ships");
  await expect(page.getByRole("button", { name: "Remove filter CMA CGM" })).toBeVisible();

  await page.goBack();
  await expect(items(page)).toHaveCount(2);
  await page.goForward();
  await expect(items(page)).toHaveCount(1);

  await page.getByRole("button", { name: "Clear all" }).click();
  await expect(items(page)).toHaveCount(6);
  await expect(page).toHaveURL(/\/news$/);
  await expectNoAxeViolations(page);
});

test("filters by where the news happens: happening in China includes Tesla's Shanghai factory", async ({
  page,
}) => {
  await openNews(page);
  const china = (name: string) =>
    page.getByRole("listbox", { name }).getByRole("option", { name: /China \(CN\)/ });
  await expect(china("Home country")).toContainText("Company from 5 · happening in 3");
  await page.getByText("Happening in", { exact: true }).click();
  await expect(page.getByRole("radio", { name: "Happening in" })).toBeChecked();
  await china("Where it happens").click();
  await expect(items(page)).toHaveCount(3);
  const tesla = items(page).filter({ hasText: "Megapacks" });
  await expect(
    tesla.getByRole("button", { name: /Filter by home country United States/ }),
  ).toBeVisible();
  await expect(
    tesla.getByRole("button", { name: "Filter by where it happens: Shanghai, China (CN)" }),
  ).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveURL(/\?countryof=place&country=CN$/);

  await page.reload();
  await expect(items(page)).toHaveCount(3);
  await expect(page.getByRole("radio", { name: "Happening in" })).toBeChecked();
  await expect(
    page.getByRole("button", { name: "Remove filter Happening in China (CN)" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test("counts the news by where it happens: the China bar holds Tesla's Shanghai Megapack factory", async ({
  page,
}) => {
  await openNews(page);
  const byHome = page.getByRole("figure", { name: "Corporate news by home country" });
  await byHome.getByText("Where it happens", { exact: true }).click();
  const chart = page.getByRole("figure", { name: "Corporate news by country where it happens" });
  await expect(chart.getByRole("radio", { name: "Where it happens" })).toBeChecked();
  await expect(page).toHaveURL(/\?chart=place$/);
  // The brief names a place for three of its six items, all in China.
  await expect(chart).toContainText("3 items with no recorded place not counted");
  await chart.getByRole("button", { name: "Show data" }).click();
  await expect(chart.getByRole("table").getByRole("row")).toHaveText([
    /Where it happens\s*Code\s*News items/,
    /China\s*CN\s*3/,
  ]);

  await chart.getByRole("button", { name: "China: 3 news items" }).click();
  await expect(page).toHaveURL(/\?chart=place&country=CN&countryof=place$/);
  await expect(items(page)).toHaveCount(3);
  const tesla = items(page).filter({ hasText: "Megapacks" });
  await expect(
    tesla.getByRole("button", { name: "Filter by where it happens: Shanghai, China (CN)" }),
  ).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("radio", { name: "Happening in" })).toBeChecked();

  // The exported image says which reading it counts.
  await chart.getByRole("button", { name: "Export" }).click();
  const [download] = await Promise.all([
    nextDownload(page),
    chart.getByRole("menuitem", { name: "Download SVG" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^news-by-place.*\.svg$/);
  const svg = await readFile(await download.path(), "utf8");
  expect(svg).toContain("Corporate news by country where it happens");
  await expectNoAxeViolations(page);
});

test("names each home country beside its flag, drawn as SVG on any system", async ({ page }) => {
  await openNews(page);
  const volkswagen = page
    .getByRole("article", { name: /Volkswagen/ })
    .getByRole("button", { name: "Filter by home country Germany (DE)" })
    .first();
  await expect(volkswagen).toHaveText("Germany");
  const flag = volkswagen.getByTestId("flag-DE").locator("svg");
  await expect(flag).toBeVisible();
  const box = await flag.boundingBox();
  // A 3:2 flag about the height of the text beside it.
  expect(box?.height ?? 0).toBeGreaterThan(6);
  expect((box?.width ?? 0) / (box?.height ?? 1)).toBeCloseTo(1.5, 1);
});

test("highlights a search and times it for the benchmarks", async ({ page }) => {
  await openNews(page);
  await page.getByRole("searchbox", { name: "Search text" }).pressSequentially("Tesla");
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).first().locator("mark").first()).toHaveText("Tesla");
  await expect(page).toHaveURL(/\?q=Tesla$/);
  const measures = await page.evaluate(
    () => performance.getEntriesByName("news:search", "measure").length,
  );
  expect(measures).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
});

test("keeps a typed search through reload, back and forward", async ({ page }) => {
  await openNews(page);
  const box = page.getByRole("searchbox", { name: "Search text" });
  await box.pressSequentially("ships");
  await expect(items(page)).toHaveCount(1);
  // Written once typing rests, in place of the entry it was typed on.
  await expect(page).toHaveURL(/\/news\?q=ships$/);

  await page.reload();
  await expect(box).toHaveValue("ships");
  await expect(items(page)).toHaveCount(1);

  // A click, then the state: the box is controlled by the URL, which a navigation updates a
  // moment after the click (check() would read it at once).
  const crossBorder = page.getByRole("checkbox", { name: /Cross-border only/ });
  await crossBorder.click();
  await expect(crossBorder).toBeChecked();
  await expect(page).toHaveURL(/\?q=ships&crossborder=1$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=ships$/);
  await expect(box).toHaveValue("ships");
  await expect(crossBorder).not.toBeChecked();
  await page.goForward();
  await expect(crossBorder).toBeChecked();
  await expect(box).toHaveValue("ships");
  await expect(items(page)).toHaveCount(1);
});

test("narrows to a company or a country from the chart and the list", async ({ page }) => {
  await openNews(page);
  const chart = page.getByRole("figure", { name: "Corporate news by home country" });
  await chart.locator(".recharts-bar-rectangle").nth(1).click();
  await expect(page).toHaveURL(/\?country=FR$/);
  await expect(items(page)).toHaveCount(2);

  await items(page)
    .first()
    .getByRole("button", { name: "Filter by China State Shipbuilding Corp." })
    .click();
  await expect(page).toHaveURL(/\?country=FR&company=cssc$/);
  await expect(items(page)).toHaveCount(1);

  await items(page).first().getByRole("link", { name: "CMA CGM: company page" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "CMA CGM" })).toBeVisible();
  await expect(page.getByText("达飞海运集团")).toHaveAttribute("lang", "zh-Hans");
  await expectNoAxeViolations(page);
});

test("works by keyboard alone", async ({ page }) => {
  // Dozens of key presses, each awaited: more than one test's budget on a busy machine.
  test.slow();
  await openNews(page);

  await tabTo(page, page.getByRole("combobox", { name: "Company" }));
  await page.keyboard.type("AVIC");
  await page.keyboard.press("Enter");
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).first()).toContainText("second production line in Tianjin");

  const airbusCountry = items(page)
    .first()
    .getByRole("button", { name: /^Filter by home country France/ });
  await tabTo(page, airbusCountry);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?company=avic&country=FR$/);

  await tabTo(page, page.getByRole("button", { name: "Clear all" }), "Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(items(page)).toHaveCount(6);

  await tabTo(page, page.getByRole("checkbox", { name: /Cross-border only/ }));
  await page.keyboard.press("Space");
  await expect(items(page)).toHaveCount(4);
  await expectNoAxeViolations(page);
});
