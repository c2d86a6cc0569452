import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./test";

// Every page at a phone's size: ten pages, each drawn and measured.
test.slow();
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** What each page shows first: its data, which must start on the first screen. */
const PAGES: { url: string; data: (page: Page) => Locator }[] = [
  { url: "/", data: (page) => page.getByRole("heading", { level: 2 }).first() },
  { url: "/timeline", data: (page) => page.getByRole("group", { name: /^Policy timeline/ }) },
  { url: "/targets", data: (page) => page.getByRole("figure", { name: "Targets by sector" }) },
  { url: "/news", data: (page) => page.getByRole("figure").first() },
  {
    url: "/search?q=IPv6",
    data: (page) => page.getByRole("link", { name: /IPv6/ }).first(),
  },
  { url: "/briefs", data: (page) => page.getByRole("listitem", { name: "3 May 2023" }) },
  {
    url: "/briefs/2023-05-03-china-industries",
    data: (page) => page.getByRole("heading", { name: /Top 5/ }).first(),
  },
  { url: "/bodies/miit", data: (page) => page.getByRole("figure").first() },
  { url: "/companies/volkswagen", data: (page) => page.getByText(/Cariad/).first() },
  { url: "/import", data: (page) => page.getByRole("heading", { level: 1, name: "Add a brief" }) },
];

for (const { url, data } of PAGES) {
  test(`${url} fits a phone's width and shows its data on the first screen`, async ({ page }) => {
    await page.goto(url);
    const shown = data(page);
    await expect(shown).toBeVisible();
    const box = await shown.boundingBox();
    expect(box?.y ?? Infinity, "the data starts on the first screen").toBeLessThan(844);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.scroll, "no sideways scrolling").toBeLessThanOrEqual(widths.viewport);
  });
}

for (const [url, facet] of [
  ["/timeline?issuer=miit", "Issuing body"],
  ["/targets?issuer=miit", "Issuing body"],
  ["/news?country=DE", "Home country"],
  ["/search?q=IPv6&issuer=miit", "Issuing body"],
] as const) {
  test(`${url} folds its filters behind one Filters button that counts them`, async ({ page }) => {
    await page.goto(url);
    const button = page.getByRole("button", { name: "Filters (1)" });
    await expect(button).toHaveAttribute("aria-expanded", "false");
    const firstFacet = page.getByRole("combobox", { name: facet });
    await expect(firstFacet).toBeHidden();
    await button.tap();
    await expect(firstFacet).toBeVisible();
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.scroll, "open filters fit too").toBeLessThanOrEqual(widths.viewport);
  });
}
