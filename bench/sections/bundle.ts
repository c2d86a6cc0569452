import { measureBuild } from "../bundle-size";
import { SIZE_BUDGETS, toBundleRows } from "../size-budgets";
import type { BenchSection } from "../types";

/** The same figures as `npm run size`, from the bench's own production build. */
export const bundleSection: BenchSection = {
  id: "bundle",
  title: "Bundle size",
  async run(context) {
    const outDir = await context.shippedBuild();
    return toBundleRows(measureBuild(outDir, SIZE_BUDGETS.firstPageRoutes), SIZE_BUDGETS);
  },
};
