import { measureHeap } from "../browser/memory";
import { measureNewsTyping } from "../browser/news-typing";
import { measurePageLoads } from "../browser/page-load";
import { measureTimelineInteractions } from "../browser/timeline-interactions";
import type { BenchSection } from "../types";

/** How long any one wait in a page may take before the measurement fails. */
const TIMEOUT_MS = 120_000;

/**
 * The app in Debian's Chromium (Playwright), production build served by `vite preview`, on the
 * 10k-policy / 100k-news dataset: pages usable after navigation, a ministry-filter change, news
 * search keystrokes, long tasks while zooming and panning, a 2× PNG export, and the JS heap.
 */
export const browserSection: BenchSection = {
  id: "browser",
  title: "In the browser",
  async run(context) {
    const url = await context.serve(await context.scaleBuild());
    const browser = await context.browser();
    context.log("browser: page loads");
    const rows = await measurePageLoads(browser, url, TIMEOUT_MS);
    context.log("browser: timeline interactions");
    rows.push(...(await measureTimelineInteractions(browser, url, TIMEOUT_MS)));
    context.log("browser: news search");
    rows.push(...(await measureNewsTyping(browser, url, TIMEOUT_MS)));
    context.log("browser: heap");
    rows.push(...(await measureHeap(browser, url, TIMEOUT_MS)));
    return rows;
  },
};
