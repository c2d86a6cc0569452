import type { Browser, Page } from "@playwright/test";
import { paths } from "../../src/config/paths";
import type { BenchRow } from "../types";
import { watching, withProbedPage } from "./pages";
import { longTasksSince, measures, pageNow, readyAt, settledAt, slowEventsSince } from "./probe";
import { largest, median, waitForCount } from "./stats";

const FILTER_BUDGET_MS = 50;
const EXPORT_BUDGET_MS = 300;
const FILTER_CLICKS = 8;

async function entriesSince(page: Page, name: string, since: number) {
  return (await measures(page, name)).filter((entry) => entry.start >= since);
}

/** Issuing-body options clicked in turn (select, then deselect): each click is a filter change. */
async function ministryFilter(page: Page, timeoutMs: number): Promise<BenchRow[]> {
  const since = await pageNow(page);
  const option = page.getByRole("listbox", { name: "Issuing body" }).getByRole("option").first();
  for (let click = 1; click <= FILTER_CLICKS; click += 1) {
    await option.click();
    await waitForCount(() => entriesSince(page, "timeline:filter", since), click, timeoutMs);
  }
  const changes = (await entriesSince(page, "timeline:filter", since)).map((e) => e.duration);
  const clicks = (await slowEventsSince(page, since))
    .filter((event) => event.name === "click")
    .map((event) => event.duration);
  return [
    {
      metric: "Ministry-filter change on the timeline, 10,000 policies (timeline:filter), median",
      value: median(changes),
      unit: "ms",
      better: "lower",
      budget: FILTER_BUDGET_MS,
      note: `${changes.length} clicks on an "Issuing body" option (select, deselect), click to commit; slowest ${largest(changes).toFixed(1)} ms`,
    },
    {
      metric: "Ministry-filter change, click to the filtered view painted (Event Timing), median",
      value: median(clicks),
      unit: "ms",
      better: "lower",
      budget: FILTER_BUDGET_MS,
      note: `as INP counts a click, in 8 ms steps; ${clicks.length} of ${FILTER_CLICKS} clicks took 16 ms or more; slowest ${largest(clicks).toFixed(0)} ms`,
    },
  ];
}

/** Ctrl+wheel zooms in and out, then drags pan, over the plot; long tasks meanwhile. */
async function zoomAndPan(page: Page): Promise<BenchRow[]> {
  const box = await page.locator("svg:has([data-cluster], [data-policy])").first().boundingBox();
  if (!box) throw new Error("the timeline's plot has no box");
  const x = box.x + box.width * 0.6;
  const y = box.y + Math.min(box.height / 2, 200);
  const since = await pageNow(page);
  await page.mouse.move(x, y);
  await page.keyboard.down("Control");
  for (const deltaY of [...Array<number>(8).fill(-200), ...Array<number>(4).fill(200)]) {
    await page.mouse.wheel(0, deltaY);
    await page.waitForTimeout(50);
  }
  await page.keyboard.up("Control");
  await page.mouse.down();
  for (let step = 1; step <= 20; step += 1) await page.mouse.move(x - step * 20, y);
  for (let step = 19; step >= 0; step -= 1) await page.mouse.move(x - step * 20, y);
  await page.mouse.up();
  await page.waitForTimeout(1000);
  const tasks = await longTasksSince(page, since);
  const frames = await entriesSince(page, "timeline:zoom", since);
  return [
    {
      metric: "Long tasks over 50 ms during zoom and pan, 10,000 policies",
      value: tasks.length,
      unit: "unitless",
      better: "lower",
      budget: 0,
      note: `12 Ctrl+wheel steps and a 400 px drag; longest ${largest(tasks.map((t) => t.duration)).toFixed(0)} ms`,
    },
    {
      metric: "Zoom or pan frame, range change to commit (timeline:zoom), median",
      value: median(frames.map((entry) => entry.duration)),
      unit: "ms",
      better: "lower",
      note: `${frames.length} frames; slowest ${largest(frames.map((f) => f.duration)).toFixed(1)} ms`,
    },
  ];
}

/** The timeline's Export menu, "Download PNG" at the default 2× density. */
async function exportPng(page: Page, timeoutMs: number): Promise<BenchRow> {
  const since = await pageNow(page);
  await page.getByRole("button", { name: "Export", exact: true }).first().click();
  await page.getByRole("menuitem", { name: /^Download PNG/ }).click();
  const [done] = await waitForCount(() => entriesSince(page, "export:png", since), 1, timeoutMs);
  return {
    metric: "Export the timeline as a 2× PNG (export:png)",
    value: done?.duration ?? Number.NaN,
    unit: "ms",
    better: "lower",
    budget: EXPORT_BUDGET_MS,
    note: "SVG serialised, fonts embedded, rasterised at 2×; the first export of the page",
  };
}

/** Filter changes, zoom and pan, and the PNG export, on one loaded timeline page. */
export async function measureTimelineInteractions(
  browser: Browser,
  baseUrl: string,
  timeoutMs: number,
): Promise<BenchRow[]> {
  const url = new URL(paths.timeline.href(), baseUrl).href;
  return withProbedPage(browser, url, watching("timeline"), async (page, throwIfPageErrors) => {
    await readyAt(page, "timeline", timeoutMs);
    // Measured on the whole dataset, as drawn once loading is over (loading has its own row).
    await settledAt(page, timeoutMs);
    const rows = [
      ...(await ministryFilter(page, timeoutMs)),
      ...(await zoomAndPan(page)),
      await exportPng(page, timeoutMs),
    ];
    throwIfPageErrors("timeline");
    return rows;
  });
}
