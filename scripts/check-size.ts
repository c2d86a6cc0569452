/**
 * `npm run size`: builds the app into a temporary folder and checks what the first page and each
 * lazy chunk download against bench/size-budgets.ts. Deterministic (sizes, not timings): exits 1
 * when a budget is missed.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../bench/build-app";
import { measureBuild } from "../bench/bundle-size";
import { formatTable } from "../bench/format";
import { budgetViolations, SIZE_BUDGETS, toBundleRows } from "../bench/size-budgets";

const outDir = mkdtempSync(join(tmpdir(), "size-check-"));
try {
  buildApp(outDir);
  const rows = toBundleRows(measureBuild(outDir, SIZE_BUDGETS.firstPageRoutes), SIZE_BUDGETS);
  console.log(formatTable([{ title: "Size", rows }]));
  const violations = budgetViolations(rows);
  if (violations.length > 0) {
    console.error(`\nSize budget missed:\n  ${violations.join("\n  ")}`);
    process.exitCode = 1;
  } else {
    console.log("\nEvery size budget is kept (1 kB = 1,000 bytes; fonts excluded).");
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
