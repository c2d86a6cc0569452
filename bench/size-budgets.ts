import type { BundleReport } from "./bundle-size";
import { withinBudget } from "./format";
import type { BenchRow } from "./types";

export interface SizeBudgets {
  /** Lazy chunks that render the first page (the index route "/"), counted in the first page. */
  firstPageRoutes: readonly string[];
  /** Gzip kB of all JavaScript the first page loads. */
  firstPageJsGzip: number;
  /** Gzip kB a lazily loaded chunk may add (with its own static imports) beyond the first page. */
  lazyChunkJsGzip: number;
  /** Budgets for particular lazy chunks, by source path, where the default does not fit. */
  lazyChunkOverrides: Readonly<Record<string, number>>;
}

/** The limits: 200 kB gzip for the first page's JS; 150 kB per route chunk to start. */
export const SIZE_BUDGETS: SizeBudgets = {
  firstPageRoutes: ["src/app/routes/overview.tsx"],
  firstPageJsGzip: 200,
  lazyChunkJsGzip: 150,
  lazyChunkOverrides: {},
};

const kB = (bytes: number) => bytes / 1000;

/** The report as table rows, gzip figures carrying their budgets. */
export function toBundleRows(report: BundleReport, budgets: SizeBudgets): BenchRow[] {
  const { firstPage } = report;
  const files = (count: number) => `${count} file${count === 1 ? "" : "s"}`;
  const jsCount = firstPage.files.filter((f) => f.endsWith(".js")).length;
  const cssCount = firstPage.files.length - jsCount;
  return [
    {
      metric: "First page JS, gzip",
      value: kB(firstPage.js.gzip),
      unit: "kB",
      better: "lower",
      budget: budgets.firstPageJsGzip,
      note: `${files(jsCount)}, ${kB(firstPage.js.raw).toFixed(1)} kB raw`,
    },
    {
      metric: "First page JS, brotli",
      value: kB(firstPage.js.brotli),
      unit: "kB",
      better: "lower",
    },
    {
      metric: "First page CSS, gzip (fonts excluded)",
      value: kB(firstPage.css.gzip),
      unit: "kB",
      better: "lower",
      note: `${files(cssCount)}, ${kB(firstPage.css.raw).toFixed(1)} kB raw`,
    },
    {
      metric: "First page CSS, brotli",
      value: kB(firstPage.css.brotli),
      unit: "kB",
      better: "lower",
    },
    ...report.lazy.map((chunk): BenchRow => ({
      metric: `Lazy chunk ${chunk.name}, JS gzip`,
      value: kB(chunk.js.gzip),
      unit: "kB",
      better: "lower",
      budget: budgets.lazyChunkOverrides[chunk.name] ?? budgets.lazyChunkJsGzip,
      note:
        `${files(chunk.files.length)}, JS brotli ${kB(chunk.js.brotli).toFixed(1)} kB` +
        (chunk.css.gzip > 0 ? `, CSS gzip ${kB(chunk.css.gzip).toFixed(1)} kB` : ""),
    })),
  ];
}

/** Rows that miss their budget, as messages naming the chunk and both figures. */
export function budgetViolations(rows: readonly BenchRow[]): string[] {
  return rows
    .filter((row) => withinBudget(row) === false)
    .map((row) => `${row.metric}: ${row.value.toFixed(1)} kB, over its ${row.budget} kB budget`);
}
