import type { Browser, Page } from "@playwright/test";
import { paths } from "../../src/config/paths";
import { installProbe, type Conditions } from "./probe";

/** A laptop screen, the size the app is designed down to. */
export const VIEWPORT = { width: 1280, height: 900 };

/**
 * When each page is usable: its heading and its first content drawn (the timeline's marks,
 * the target charts' bars, the news list's first rows). The vis-timeline page: its items.
 */
export const USABLE = {
  timeline: ["h1", "svg [data-policy], svg [data-cluster]"],
  targets: ["h1", ".recharts-bar-rectangle"],
  news: ["h1", "[role=listitem] article"],
  body: ["h1", ".recharts-bar-rectangle"],
  vis: [".vis-item, .vis-cluster"],
} satisfies Conditions;

/**
 * The conditions of the pages a measure reads, and no others: the probe polls every frame
 * until each is met, and polling for a page that never shows would count as script time.
 */
export function watching(...ids: (keyof typeof USABLE)[]): Conditions {
  return Object.fromEntries(ids.map((id) => [id, USABLE[id]]));
}

export const PAGES = [
  { id: "timeline", name: "Timeline", href: paths.timeline.href() },
  { id: "targets", name: "Targets", href: paths.targets.href() },
  { id: "news", name: "News", href: paths.news.href() },
] as const;

/** Throws with the page errors collected so far, naming the page; a broken page fails. */
export type ThrowIfPageErrors = (label: string) => void;

/**
 * Opens `url` in a fresh tab in its own browser context (cold caches, nothing shared with
 * earlier pages) with the probe installed, watching `conditions`, and any `initScripts` a
 * measure needs beside it, runs `measure`, and always closes the tab.
 */
export async function withProbedPage<T>(
  browser: Browser,
  url: string,
  conditions: Conditions,
  measure: (page: Page, throwIfPageErrors: ThrowIfPageErrors) => Promise<T>,
  initScripts: readonly string[] = [],
): Promise<T> {
  const browserContext = await browser.newContext({ viewport: VIEWPORT });
  const page = await browserContext.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  try {
    await installProbe(page, conditions);
    for (const script of initScripts) await page.addInitScript(script);
    await page.goto(url, { waitUntil: "commit" });
    return await measure(page, (label) => {
      if (errors.length > 0) throw new Error(`${label}: ${errors.join("; ")}`);
    });
  } finally {
    await browserContext.close();
  }
}
