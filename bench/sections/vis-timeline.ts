import type { Browser } from "@playwright/test";
import { join } from "node:path";
import { loadDiskDataset } from "../../tests/disk-dataset";
import { ingestBatkeList } from "../browser/batke";
import { ourFirstRender, visFirstRender, type VisRender } from "../browser/first-render";
import { withOtherData } from "../browser/scale-build";
import { formatCount } from "../format";
import type { BenchRow, BenchSection } from "../types";
import { toVisData } from "../vis-timeline/vis-items";
import { VIS_CONFIGS, type VisConfigId } from "../vis-timeline/configs";

/** The issue's target for the first render with 10k policies. */
const FIRST_RENDER_BUDGET_MS = 200;
/** How long vis-timeline may take before its figure is reported as "more than this". */
const VIS_TIMEOUT_MS = 60_000;
const PAGE_TIMEOUT_MS = 120_000;
const PEER = "vis-timeline 8.5.4, same items and lanes";

/**
 * Our first render against vis-timeline's in each configuration (one row each), and first a
 * headline row against its fastest configuration that drew every lane.
 */
async function compare(
  browser: Browser,
  url: string,
  what: string,
  lanes: number,
  budget: number | undefined,
): Promise<BenchRow[]> {
  const ours = await ourFirstRender(browser, url, PAGE_TIMEOUT_MS);
  const row = (peer: string, vis: VisRender, note: string): BenchRow => ({
    metric: `Timeline first render to painted, ${what}, against vis-timeline ${peer}`,
    value: ours.painted,
    unit: "ms",
    better: "lower",
    baseline: {
      label: vis.finished ? PEER : `${PEER}; did not finish, lower bound`,
      value: vis.painted,
    },
    note,
  });
  const runs: { label: string; vis: VisRender }[] = [];
  for (const id of Object.keys(VIS_CONFIGS) as VisConfigId[]) {
    runs.push({
      label: VIS_CONFIGS[id].label,
      vis: await visFirstRender(browser, url, id, VIS_TIMEOUT_MS),
    });
  }
  const rows = runs.map(({ label, vis }) =>
    row(
      `(${label})`,
      vis,
      vis.finished
        ? `from each start mark (data in memory) to the first painted frame showing items; vis-timeline's own 'changed' event came at ${vis.changed === null ? "never" : `${Math.round(vis.changed)} ms`}; ${vis.lanes} of ${lanes} lanes drawn`
        : `vis-timeline drew no item within ${VIS_TIMEOUT_MS / 1000} s`,
    ),
  );
  const complete = runs.filter(({ vis }) => vis.finished && vis.lanes === lanes);
  const fastest = complete.sort((a, b) => a.vis.painted - b.vis.painted)[0];
  if (!fastest) return rows;
  const headline = row(
    `at its fastest configuration that draws every lane (${fastest.label})`,
    fastest.vis,
    "the headline ratio; every configuration follows",
  );
  return [{ ...headline, ...(budget === undefined ? {} : { budget }) }, ...rows];
}

/**
 * Our timeline beside vis-timeline drawing the same items (one per policy per issuing body) in
 * the same lanes, in the same browser session: the large synthetic dataset, and the Batke list
 * of real central documents when ../shared/data/batke-policydocuments/ is present.
 */
export const visTimelineSection: BenchSection = {
  id: "vis-timeline",
  title: "Timeline vs vis-timeline",
  async run(context) {
    const build = await context.scaleBuild();
    const browser = await context.browser();
    const large = toVisData((await context.scaleDataset("large")).policies);
    context.log(`vis-timeline: ${large.items.length} items, synthetic`);
    const rows = await compare(
      browser,
      await context.serve(build),
      `${formatCount((await context.scaleData("large")).policies)} synthetic policies (${formatCount(large.items.length)} items, ${large.groups.length} lanes)`,
      large.groups.length,
      FIRST_RENDER_BUDGET_MS,
    );
    const batkeDir = ingestBatkeList(join(context.workDir, "data-batke"));
    if (!batkeDir) {
      context.log("vis-timeline: no Batke list in ../shared/data, skipped");
      return rows;
    }
    const batke = await loadDiskDataset(batkeDir);
    const batkeBuild = join(context.workDir, "dist-batke");
    withOtherData(build, batkeBuild, batkeDir, batke);
    const items = toVisData(batke.policies);
    context.log(`vis-timeline: ${items.items.length} items, Batke list`);
    rows.push(
      ...(await compare(
        browser,
        await context.serve(batkeBuild),
        `Batke list, ${formatCount(batke.policies.length)} real documents (${formatCount(items.items.length)} items, ${items.groups.length} lanes)`,
        items.groups.length,
        undefined,
      )),
    );
    return rows;
  },
};
