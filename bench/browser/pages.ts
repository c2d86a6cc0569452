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
  vis: [".vis-item"],
} satisfies Conditions;

export const PAGES = [
  { id: "timeline", name: "Timeline", href: paths.timeline.href() },
  { id: "targets", name: "Targets", href: paths.targets.href() },
  { id: "news", name: "News", href: paths.news.href() },
] as const;

/**
 * A fresh tab in its own browser context (cold caches, nothing shared with earlier pages), with
 * the probe installed; page errors are collected so a broken page fails its measurement.
 */
export async function openProbedPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const browserContext = await browser.newContext({ viewport: VIEWPORT });
  const page = await browserContext.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("close", () => void browserContext.close());
  await installProbe(page, USABLE);
  return { page, errors };
}
