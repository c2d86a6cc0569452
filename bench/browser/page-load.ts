import type { Browser } from "@playwright/test";
import type { BenchRow } from "../types";
import { watching, withProbedPage, PAGES } from "./pages";
import { measures, readyAt } from "./probe";

const WHAT = "10,000 policies / 100,000 news";
/** The target for the timeline's first render with 10k policies. */
const FIRST_RENDER_BUDGET_MS = 200;

/**
 * Navigation to usable, per page, each in a fresh browser context: the app loads and validates
 * the whole dataset, then draws the page. The timeline's own "timeline:render" measure (from the
 * explorer's first render to the chart's commit) is read from the same load.
 */
export async function measurePageLoads(
  browser: Browser,
  baseUrl: string,
  timeoutMs: number,
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const target of PAGES) {
    const url = new URL(target.href, baseUrl).href;
    await withProbedPage(browser, url, watching(target.id), async (page, throwIfPageErrors) => {
      const usable = await readyAt(page, target.id, timeoutMs);
      throwIfPageErrors(target.name);
      rows.push({
        metric: `${target.name} page: navigation to usable, ${WHAT}`,
        value: usable,
        unit: "ms",
        better: "lower",
        note: "heading and first content painted; includes fetching and validating all data",
      });
      if (target.id !== "timeline") return;
      const [render] = await measures(page, "timeline:render");
      if (render) {
        rows.push({
          metric: "Timeline first render, 10,000 policies (timeline:render)",
          value: render.duration,
          unit: "ms",
          better: "lower",
          budget: FIRST_RENDER_BUDGET_MS,
          note: "from the explorer's first render to the chart's commit, data already loaded",
        });
        rows.push({
          metric: "Timeline first render to painted marks, 10,000 policies",
          value: usable - render.start,
          unit: "ms",
          better: "lower",
          budget: FIRST_RENDER_BUDGET_MS,
          note: "from the same start to the first frame showing marks, painted",
        });
      }
    });
  }
  return rows;
}
