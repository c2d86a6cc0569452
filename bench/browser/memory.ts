import type { Browser } from "@playwright/test";
import type { BenchRow } from "../types";
import { watching, withProbedPage, USABLE } from "./pages";
import { chromiumMetrics, settledAt } from "./probe";

const HEAP_BUDGET_MB = 150;
/** Main-menu links in the order a visitor might go through them, with what shows each page. */
const VISITS = [
  { link: "Timeline", ready: USABLE.timeline },
  { link: "Targets", ready: USABLE.targets },
  { link: "Corporate news", ready: USABLE.news },
  { link: "Briefs", ready: ["h1"] },
  { link: "Overview", ready: ["h1"] },
] as const;

/**
 * The page's JS heap once the whole large dataset is in and every page has been visited through
 * the main menu (one tab, as a visitor would), after a forced garbage collection: CDP's
 * JSHeapUsedSize.
 */
export async function measureHeap(
  browser: Browser,
  baseUrl: string,
  timeoutMs: number,
): Promise<BenchRow[]> {
  // It waits for each page's own selectors, not the probe.
  return withProbedPage(browser, baseUrl, watching(), async (page, throwIfPageErrors) => {
    const menu = page.getByRole("navigation", { name: "Main" });
    await menu.waitFor({ timeout: timeoutMs });
    // Each page shows from the first look (the newest brief): the heap must hold the whole dataset.
    await settledAt(page, timeoutMs);
    for (const visit of VISITS) {
      await menu.getByRole("link", { name: visit.link, exact: true }).click();
      for (const selector of visit.ready) {
        await page.locator(selector).first().waitFor({ timeout: timeoutMs });
      }
    }
    throwIfPageErrors("pages");
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = (await chromiumMetrics(cdp)).get("JSHeapUsedSize") ?? Number.NaN;
    return [
      {
        metric: "JS heap after loading 10,000 policies / 100,000 news and visiting every page",
        value: heap / 1_000_000,
        unit: "MB",
        better: "lower",
        budget: HEAP_BUDGET_MB,
        note: `after a forced GC; pages: ${VISITS.map((v) => v.link).join(", ")}`,
      },
    ];
  });
}
