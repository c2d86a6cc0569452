import { workerName, type BundleReport, type WorkerScript } from "./bundle-size";
import { withinBudget } from "./format";
import type { BenchRow } from "./types";

export interface SizeBudgets {
  /**
   * Lazy chunks that render the first page (the app, which the entry loads beside the data
   * worker, and the index route "/"), counted in the first page.
   */
  firstPageRoutes: readonly string[];
  /** Gzip kB of all JavaScript the first page loads. */
  firstPageJsGzip: number;
  /** Gzip kB a lazily loaded chunk may add (with its own static imports) beyond the first page. */
  lazyChunkJsGzip: number;
  /** Budgets for particular lazy chunks, by source path, where the default does not fit. */
  lazyChunkOverrides: Readonly<Record<string, number>>;
  /**
   * Folders of many small lazy chunks of one kind (a flag per country), each reported as one
   * row: its largest chunk against the default budget, with how many there are.
   */
  lazyChunkFamilies: readonly string[];
  /** Workers that must never start from the first page: pdf.js lives in the import worker. */
  lazyOnlyWorkers: readonly string[];
}

/** The limits: 200 kB gzip for the first page's JS; 150 kB per route chunk to start. */
export const SIZE_BUDGETS: SizeBudgets = {
  firstPageRoutes: ["src/app/start.tsx", "src/app/routes/overview.tsx"],
  firstPageJsGzip: 200,
  lazyChunkJsGzip: 150,
  lazyChunkOverrides: {},
  lazyChunkFamilies: ["node_modules/country-flag-icons/string/3x2/"],
  lazyOnlyWorkers: ["import.worker"],
};

const kB = (bytes: number) => bytes / 1000;

/** The report as table rows, gzip figures carrying their budgets. */
export function toBundleRows(report: BundleReport, budgets: SizeBudgets): BenchRow[] {
  const { firstPage } = report;
  const lazy = report.lazy.filter(
    (chunk) => !budgets.lazyChunkFamilies.some((folder) => chunk.name.startsWith(folder)),
  );
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
    ...lazy.map((chunk): BenchRow => ({
      metric: `Lazy chunk ${chunk.name}, JS gzip`,
      value: kB(chunk.js.gzip),
      unit: "kB",
      better: "lower",
      budget: budgets.lazyChunkOverrides[chunk.name] ?? budgets.lazyChunkJsGzip,
      note:
        `${files(chunk.files.length)}, JS brotli ${kB(chunk.js.brotli).toFixed(1)} kB` +
        (chunk.css.gzip > 0 ? `, CSS gzip ${kB(chunk.css.gzip).toFixed(1)} kB` : ""),
    })),
    ...budgets.lazyChunkFamilies.flatMap((folder): BenchRow[] => {
      const members = report.lazy.filter((chunk) => chunk.name.startsWith(folder));
      const largest = members[0];
      if (!largest) return [];
      const all = members.reduce((sum, chunk) => sum + chunk.js.gzip, 0);
      return [
        {
          metric: `Lazy chunks ${folder}*, largest JS gzip`,
          value: kB(largest.js.gzip),
          unit: "kB",
          better: "lower",
          budget: budgets.lazyChunkJsGzip,
          note: `${members.length} chunks, one loaded per use; all together ${kB(all).toFixed(1)} kB gzip`,
        },
      ];
    }),
    ...report.workers.flatMap((worker) => [workerRow(worker), ...onDemandRows(worker)]),
    ...budgets.lazyOnlyWorkers.map((name) => toLazyOnlyRow(report, name)),
  ];
}

function workerRow(worker: WorkerScript): BenchRow {
  const startedBy = worker.startedBy === "index.html" ? "the first page" : worker.startedBy;
  return {
    metric: `Worker ${worker.name}, JS gzip`,
    value: kB(worker.js.gzip),
    unit: "kB",
    better: "lower",
    note: `started by ${startedBy}; ${kB(worker.js.raw).toFixed(1)} kB raw`,
  };
}

/** What a worker imports when it needs it (pdf.js in the import worker), as one row. */
function onDemandRows({ name, onDemand }: WorkerScript): BenchRow[] {
  if (onDemand.files.length === 0) return [];
  return [
    {
      metric: `Worker ${name}, chunks it loads on demand, JS gzip`,
      value: kB(onDemand.js.gzip),
      unit: "kB",
      better: "lower",
      note: `${onDemand.files.map(workerName).join(", ")}; ${kB(onDemand.js.raw).toFixed(1)} kB raw`,
    },
  ];
}

/**
 * What a lazy-only worker adds to the first page: nothing (budget 0) while only a lazy chunk
 * starts it. A worker the build no longer has is an error, so the check cannot pass vacuously.
 */
function toLazyOnlyRow(report: BundleReport, name: string): BenchRow {
  const scripts = report.workers.filter((worker) => worker.name === name);
  if (scripts.length === 0) {
    throw new Error(
      `the build has no worker '${name}'; update lazyOnlyWorkers in bench/size-budgets.ts`,
    );
  }
  const onFirstPage = scripts.filter((worker) => worker.startedBy === "index.html");
  return {
    metric: `First page JS from worker ${name}, gzip`,
    value: kB(onFirstPage.reduce((sum, worker) => sum + worker.js.gzip, 0)),
    unit: "kB",
    better: "lower",
    budget: 0,
    note: `started by ${[...new Set(scripts.map((worker) => worker.startedBy))].join(", ")}`,
  };
}

/** Rows that miss their budget, as messages naming the chunk and both figures. */
export function budgetViolations(rows: readonly BenchRow[]): string[] {
  return rows
    .filter((row) => withinBudget(row) === false)
    .map((row) => `${row.metric}: ${row.value.toFixed(1)} kB, over its ${row.budget} kB budget`);
}
