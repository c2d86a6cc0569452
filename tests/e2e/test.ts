import { test as base, expect, type Download, type Locator, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/**
 * Every end-to-end test fails on a console error, an uncaught exception or a failed request,
 * unless the test declares the failures it provokes with `allowedFailure` (a pattern).
 */
export const test = base.extend<{ allowedFailure: RegExp | null; pageHealth: void }>({
  allowedFailure: [null, { option: true }],
  pageHealth: [
    async ({ page, allowedFailure }, use) => {
      const failures: string[] = [];
      const allowed = (text: string) => allowedFailure?.test(text) ?? false;
      page.on("console", (message) => {
        if (message.type() === "error" && !allowed(message.text()))
          failures.push(`console error: ${message.text()}`);
      });
      page.on("pageerror", (error) => failures.push(`uncaught: ${error.message}`));
      page.on("requestfailed", (request) => {
        const text = `${request.url()} ${request.failure()?.errorText ?? ""}`;
        // A reload or navigation cancels requests still in flight (fonts, prefetches): not a fault.
        if (request.failure()?.errorText === "net::ERR_ABORTED") return;
        if (!allowed(text)) failures.push(`request failed: ${text}`);
      });
      page.on("response", (response) => {
        const text = `${response.status()} ${response.url()}`;
        if (response.status() >= 400 && !allowed(text)) failures.push(`HTTP ${text}`);
      });
      await use();
      expect(failures, "the page reported failures").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * The next download. An export draws the chart again, embeds its fonts and rasterises up to
 * 2,400 px: on a loaded machine that can outlast an action's wait, so only the test's own time
 * limit bounds it.
 */
export function nextDownload(page: Page): Promise<Download> {
  return page.waitForEvent("download", { timeout: 0 });
}

/**
 * Fails with the list of axe violations (rule and target) so the report says what to fix. Also
 * checks touch target size (WCAG 2.2, 2.5.8), which axe leaves off by default and Lighthouse runs.
 */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .options({ rules: { "target-size": { enabled: true } } })
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary).toEqual([]);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus: how a keyboard user gets there. */
export async function tabTo(
  page: Page,
  target: Locator,
  key: "Tab" | "Shift+Tab" = "Tab",
  limit = 80,
) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error("the element was not reached by Tab");
}

/** Each page of the main navigation with its heading, the overview last. */
const NAVIGATION_PAGES = [
  ["Timeline", /timeline/i],
  ["Targets", /targets/i],
  ["Corporate news", /corporate news/i],
  ["Briefs", /briefs/i],
  ["Overview", /overview/i],
] as const;

/** Opens every page through the main navigation, as a reader would, and waits for its heading. */
export async function visitEveryPage(page: Page) {
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const [link, heading] of NAVIGATION_PAGES) {
    await nav.getByRole("link", { name: link }).click();
    const h1 = page.getByRole("heading", { level: 1, name: heading });
    await expect(h1).toBeVisible();
    // Focus follows to the new page's heading, so a screen reader announces the page.
    await expect(h1).toBeFocused();
  }
}
