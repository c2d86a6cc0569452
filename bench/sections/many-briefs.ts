import { measureBodyPage } from "../browser/body-page";
import { measureComparisons } from "../compare";
import { documentComparisons } from "../pure/documents";
import { busiestIssuer } from "../pure/policies";
import type { BenchSection } from "../types";

const TIMEOUT_MS = 120_000;

/**
 * Many briefs (issue 13) on the large generated dataset of 120 monthly briefs: matching the
 * latest brief against every earlier document (Node, beside a pair-by-pair baseline), the body
 * page's derivations (Node) and the body page's render in Chromium.
 */
export const manyBriefsSection: BenchSection = {
  id: "many-briefs",
  title: "Many briefs",
  async run(context) {
    const dataset = await context.scaleDataset("large");
    const bodyId = busiestIssuer(dataset);
    context.log(`many briefs: matching and body profile (${bodyId})`);
    const rows = await measureComparisons(
      documentComparisons(dataset, bodyId),
      context.quick ? 2 : 8,
    );
    const url = await context.serve(await context.scaleBuild());
    context.log("many briefs: body page in the browser");
    rows.push(
      ...(await measureBodyPage(
        await context.browser(),
        url,
        bodyId,
        dataset.briefs.length,
        TIMEOUT_MS,
      )),
    );
    return rows;
  },
};
