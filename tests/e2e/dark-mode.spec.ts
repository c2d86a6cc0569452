import type { Locator, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./test";

// Every route in the dark theme, each drawn and checked by axe (contrast included).
test.slow();
test.use({ colorScheme: "dark" });

/** What each page shows once it is drawn: axe runs after it, not on a loading state. */
const PAGES: { url: string; ready: (page: Page) => Locator }[] = [
  { url: "/", ready: (page) => page.getByRole("figure", { name: /Policies by issuing body/ }) },
  { url: "/timeline", ready: (page) => page.getByRole("group", { name: /^Policy timeline/ }) },
  { url: "/targets", ready: (page) => page.getByRole("figure", { name: "Targets by sector" }) },
  { url: "/news", ready: (page) => page.getByRole("figure").first() },
  { url: "/search?q=IPv6", ready: (page) => page.getByRole("link", { name: /IPv6/ }).first() },
  { url: "/briefs", ready: (page) => page.getByRole("list", { name: "Top 5" }) },
  {
    url: "/briefs/2023-05-03-china-industries",
    ready: (page) => page.getByRole("heading", { name: /Top 5/ }).first(),
  },
  { url: "/bodies/miit", ready: (page) => page.getByRole("figure").first() },
  { url: "/companies/volkswagen", ready: (page) => page.getByText(/Cariad/).first() },
  { url: "/import", ready: (page) => page.getByRole("heading", { level: 1, name: "Add a brief" }) },
  { url: "/nowhere", ready: (page) => page.getByRole("link", { name: "All briefs" }) },
];

for (const { url, ready } of PAGES) {
  test(`${url} meets WCAG AA contrast in the dark theme`, async ({ page }) => {
    await page.goto(url);
    await expect(ready(page)).toBeVisible();
    expect(
      await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches),
      "the page is in the dark theme",
    ).toBe(true);
    await expectNoAxeViolations(page);
  });
}
