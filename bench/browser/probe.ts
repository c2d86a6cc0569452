/**
 * What the bench reads inside a page. The probe is plain JavaScript installed before the page's
 * own scripts (a string, so no bundler helper leaks into it): it records, for each named set of
 * CSS selectors, when they first all match, taken after that frame is painted (a task queued
 * from the frame's animation callback), every long task (> 50 ms) the page runs, and every
 * input event that took 16 ms or more from the input to the next paint (Event Timing, as INP).
 */
import type { CDPSession, Page } from "@playwright/test";
import { z } from "zod";
import { DATASET_LOADED_MARK } from "../../src/data/load-dataset-off-thread";

/** Named conditions: a page is ready when every selector of its condition matches. */
export type Conditions = Record<string, readonly string[]>;

const PROBE = `(() => {
  const conditions = __CONDITIONS__;
  const ready = {};
  const longTasks = [];
  const events = [];
  window.__benchReady = ready;
  window.__benchLongTasks = longTasks;
  window.__benchEvents = events;
  const pending = new Set(Object.keys(conditions));
  const frame = () => {
    for (const name of [...pending]) {
      if (!conditions[name].every((selector) => document.querySelector(selector))) continue;
      pending.delete(name);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { ready[name] = performance.now(); };
      channel.port2.postMessage(null);
    }
    if (pending.size > 0) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) events.push({ name: entry.name, start: entry.startTime, duration: entry.duration });
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
})();`;

export async function installProbe(page: Page, conditions: Conditions): Promise<void> {
  await page.addInitScript(PROBE.replace("__CONDITIONS__", JSON.stringify(conditions)));
}

/** `page.evaluate`, or null when the page does not answer before `deadline` (a busy page). */
async function evaluateBy(page: Page, expression: string, deadline: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([page.evaluate(expression), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * When (ms since navigation) the condition was first met and painted; waits for it, also while
 * the page is stuck in one long task. Polls with `evaluate`, which the app's
 * Content-Security-Policy allows (waitForFunction needs eval).
 */
export async function readyAt(page: Page, name: string, timeoutMs = 120_000): Promise<number> {
  const read = `(window.__benchReady || {})[${JSON.stringify(name)}] ?? null`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = z
      .number()
      .nullable()
      .parse(await evaluateBy(page, read, deadline));
    if (found !== null) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} was not ready within ${timeoutMs / 1000} s`);
}

const EntriesSchema = z.array(z.object({ start: z.number(), duration: z.number() }));

/** The user-timing measures of that name, oldest first: start (ms since navigation), duration. */
export async function measures(page: Page, name: string) {
  const found: unknown = await page.evaluate(
    `performance.getEntriesByName(${JSON.stringify(name)}, "measure").map((e) => ({ start: e.startTime, duration: e.duration }))`,
  );
  return EntriesSchema.parse(found);
}

/** Long tasks that began at or after `since` (ms since navigation). */
export async function longTasksSince(page: Page, since: number) {
  const found: unknown = await page.evaluate("window.__benchLongTasks || []");
  return EntriesSchema.parse(found).filter((task) => task.start >= since);
}

/** Start (ms since navigation) of the first user-timing mark of that name; null when absent. */
export async function markStart(page: Page, name: string): Promise<number | null> {
  const found: unknown = await page.evaluate(
    `performance.getEntriesByName(${JSON.stringify(name)}, "mark").map((e) => e.startTime)[0] ?? null`,
  );
  return z.number().nullable().parse(found);
}

/**
 * Waits until the whole dataset is in the page (after the first look) and the page has then run
 * no long task for half a second: what an analyst meets once loading is over. Returns when that
 * quiet began (ms since navigation).
 */
export async function settledAt(page: Page, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const loaded = await markStart(page, DATASET_LOADED_MARK);
    if (loaded !== null) {
      const now = await pageNow(page);
      const last = (await longTasksSince(page, loaded)).at(-1);
      const quietFrom = Math.max(loaded, last ? last.start + last.duration : 0);
      if (now - quietFrom >= 500) return quietFrom;
    }
    if (Date.now() > deadline)
      throw new Error(`the page did not settle within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const EventsSchema = z.array(
  z.object({ name: z.string(), start: z.number(), duration: z.number() }),
);

/** Input events of 16 ms or more (input to next paint) that began at or after `since`. */
export async function slowEventsSince(page: Page, since: number) {
  const found: unknown = await page.evaluate("window.__benchEvents || []");
  return EventsSchema.parse(found).filter((event) => event.start >= since);
}

export async function pageNow(page: Page): Promise<number> {
  return z.number().parse(await page.evaluate("performance.now()"));
}

/** Chromium's own counters (Performance.getMetrics): JSHeapUsedSize in bytes, durations in s. */
export async function chromiumMetrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return new Map(metrics.map((metric) => [metric.name, metric.value]));
}
