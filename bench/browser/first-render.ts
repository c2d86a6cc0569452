import type { Browser } from "@playwright/test";
import { paths } from "../../src/config/paths";
import { watching, withProbedPage } from "./pages";
import { markStart, measures, readyAt } from "./probe";
import { VIS_PAGE_PATH } from "./scale-build";
import type { VisConfigId } from "../vis-timeline/configs";
import { z } from "zod";

/** A first render: from the start mark to the first painted frame showing items. */
export interface FirstRender {
  /** ms; for an unfinished render, the time waited (a lower bound). */
  painted: number;
  finished: boolean;
}

/** Our timeline: "timeline:render" starts at the explorer's first render, data already loaded. */
export async function ourFirstRender(
  browser: Browser,
  baseUrl: string,
  timeoutMs: number,
): Promise<FirstRender> {
  const url = new URL(paths.timeline.href(), baseUrl).href;
  return withProbedPage(browser, url, watching("timeline"), async (page) => {
    const ready = await readyAt(page, "timeline", timeoutMs);
    const [render] = await measures(page, "timeline:render");
    if (!render) throw new Error("the timeline page made no timeline:render measure");
    return { painted: ready - render.start, finished: true };
  });
}

/** vis-timeline's render, with its own `changed` event and the lanes it drew. */
export interface VisRender extends FirstRender {
  /** ms from the start mark to vis-timeline's first `changed` event; null when it never came. */
  changed: number | null;
  /** Lane labels drawn. */
  lanes: number;
}

/** vis-timeline in one configuration: "vis:render:start" is marked once the items are parsed. */
export async function visFirstRender(
  browser: Browser,
  baseUrl: string,
  config: VisConfigId,
  timeoutMs: number,
): Promise<VisRender> {
  const url = new URL(`${VIS_PAGE_PATH}?config=${config}`, baseUrl).href;
  return withProbedPage(browser, url, watching("vis"), async (page, throwIfPageErrors) => {
    const started = Date.now();
    const ready = await readyAt(page, "vis", timeoutMs).catch(() => null);
    throwIfPageErrors("vis-timeline page");
    const start = ready === null ? null : await markStart(page, "vis:render:start");
    if (ready === null || start === null)
      return { painted: Date.now() - started, finished: false, changed: null, lanes: 0 };
    const [changed] = await measures(page, "vis:render");
    const lanes = z
      .number()
      .parse(await page.evaluate("document.querySelectorAll('.vis-labelset .vis-label').length"));
    return { painted: ready - start, finished: true, changed: changed?.duration ?? null, lanes };
  });
}
