import type { Browser } from "@playwright/test";
import { paths } from "../../src/config/paths";
import type { BenchRow } from "../types";
import { watching, withProbedPage } from "./pages";
import { measures, readyAt } from "./probe";
import { largest, median } from "./stats";

/** The target for the body page once the data is loaded. */
const BODY_RENDER_BUDGET_MS = 200;
const LOADS = 3;

/**
 * An issuing body's page (`/bodies/:id`) on the generated 120 briefs: from the page's first
 * render, data already loaded ("body:render" start), to its heading and chart bars painted.
 */
export async function measureBodyPage(
  browser: Browser,
  baseUrl: string,
  bodyId: string,
  briefs: number,
  timeoutMs: number,
): Promise<BenchRow[]> {
  const url = new URL(paths.body.href(bodyId), baseUrl).href;
  const commits: number[] = [];
  const painted: number[] = [];
  for (let load = 0; load < LOADS; load += 1) {
    await withProbedPage(browser, url, watching("body"), async (page, throwIfPageErrors) => {
      const ready = await readyAt(page, "body", timeoutMs);
      throwIfPageErrors("body page");
      const [render] = await measures(page, "body:render");
      if (!render) throw new Error("the body page made no body:render measure");
      commits.push(render.duration);
      painted.push(ready - render.start);
    });
  }
  const spread = (values: number[]) =>
    `median of ${values.length} loads; slowest ${largest(values).toFixed(0)} ms`;
  return [
    {
      metric: `Body page render after data loaded, ${briefs} briefs (body:render to commit)`,
      value: median(commits),
      unit: "ms",
      better: "lower",
      budget: BODY_RENDER_BUDGET_MS,
      note: `/bodies/${bodyId}, the busiest body; ${spread(commits)}`,
    },
    {
      metric: `Body page render after data loaded, ${briefs} briefs, to painted chart`,
      value: median(painted),
      unit: "ms",
      better: "lower",
      budget: BODY_RENDER_BUDGET_MS,
      note: `to heading and chart bars painted; ${spread(painted)}`,
    },
  ];
}
