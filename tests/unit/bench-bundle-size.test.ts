import { describe, expect, it } from "vitest";
import {
  analyseBundle,
  ViteManifestSchema,
  workerDynamicImports,
  workerName,
  type Sizes,
} from "../../bench/bundle-size";
import { budgetViolations, toBundleRows, type SizeBudgets } from "../../bench/size-budgets";

// A build like Vite's: routes import the entry back, share a chunk, and one loads export lazily.
const manifest = ViteManifestSchema.parse({
  "index.html": {
    file: "assets/index.js",
    isEntry: true,
    imports: ["_vendor.js"],
    dynamicImports: ["src/routes/overview.tsx", "src/routes/timeline.tsx"],
    css: ["assets/index.css"],
  },
  "_vendor.js": { file: "assets/vendor.js" },
  "_shared.js": { file: "assets/shared.js", imports: ["index.html"] },
  "src/routes/overview.tsx": {
    file: "assets/overview.js",
    isDynamicEntry: true,
    imports: ["index.html", "_shared.js"],
  },
  "src/routes/timeline.tsx": {
    file: "assets/timeline.js",
    isDynamicEntry: true,
    imports: ["index.html", "_shared.js", "_charts.js"],
    dynamicImports: ["src/features/export.ts"],
    css: ["assets/timeline.css"],
  },
  "_charts.js": { file: "assets/charts.js", imports: ["index.html"] },
  "src/features/export.ts": { file: "assets/export.js", isDynamicEntry: true },
  "fonts/inter.woff2": { file: "assets/inter.woff2" },
});
// Each file's size is its name's length, gzip a tenth, brotli a twentieth: easy to add up.
const sizeOf = (file: string): Sizes => ({
  raw: file.length * 1000,
  gzip: file.length * 100,
  brotli: file.length * 50,
});

describe("analyseBundle", () => {
  const report = analyseBundle(manifest, ["src/routes/overview.tsx"], sizeOf);

  it("counts the entry, its static imports and the index route in the first page", () => {
    expect(report.firstPage.files).toEqual([
      "assets/index.css",
      "assets/index.js",
      "assets/overview.js",
      "assets/shared.js",
      "assets/vendor.js",
    ]);
    expect(report.firstPage.js.gzip).toBe(
      ["assets/index.js", "assets/overview.js", "assets/shared.js", "assets/vendor.js"].join("")
        .length * 100,
    );
    expect(report.firstPage.css.raw).toBe("assets/index.css".length * 1000);
  });

  it("counts what each lazy chunk adds beyond the first page, largest first, fonts left out", () => {
    expect(report.lazy.map((chunk) => [chunk.name, chunk.files])).toEqual([
      [
        "src/routes/timeline.tsx",
        ["assets/charts.js", "assets/timeline.css", "assets/timeline.js"],
      ],
      ["src/features/export.ts", ["assets/export.js"]],
    ]);
  });

  it("turns the report into rows with budgets and names each missed budget", () => {
    const budgets: SizeBudgets = {
      firstPageRoutes: ["src/routes/overview.tsx"],
      firstPageJsGzip: 5,
      lazyChunkJsGzip: 1.5,
      lazyChunkOverrides: { "src/features/export.ts": 1 },
      lazyChunkFamilies: [],
      lazyOnlyWorkers: [],
    };
    const rows = toBundleRows(report, budgets);
    expect(rows.map((r) => [r.metric, r.budget])).toEqual([
      ["First page JS, gzip", 5],
      ["First page JS, brotli", undefined],
      ["First page CSS, gzip (fonts excluded)", undefined],
      ["First page CSS, brotli", undefined],
      ["Lazy chunk src/routes/timeline.tsx, JS gzip", 1.5],
      ["Lazy chunk src/features/export.ts, JS gzip", 1],
    ]);
    expect(budgetViolations(rows)).toEqual([
      "First page JS, gzip: 6.5 kB, over its 5 kB budget",
      "Lazy chunk src/routes/timeline.tsx, JS gzip: 3.4 kB, over its 1.5 kB budget",
      "Lazy chunk src/features/export.ts, JS gzip: 1.6 kB, over its 1 kB budget",
    ]);
  });

  it("reports a folder of many small lazy chunks as one row: its largest, with the count", () => {
    const chunk = (name: string, gzip: number) => ({
      name,
      files: [`assets/${name}`],
      js: { raw: gzip * 3, gzip, brotli: gzip },
      css: { raw: 0, gzip: 0, brotli: 0 },
    });
    const flags = "node_modules/flags/";
    const rows = toBundleRows(
      {
        firstPage: chunk("index.html", 100_000),
        lazy: [
          chunk("src/routes/news.tsx", 90_000),
          chunk(`${flags}SA.js`, 1600),
          chunk(`${flags}DE.js`, 400),
        ],
        workers: [],
      },
      {
        firstPageRoutes: [],
        firstPageJsGzip: 200,
        lazyChunkJsGzip: 150,
        lazyChunkOverrides: {},
        lazyChunkFamilies: [flags],
        lazyOnlyWorkers: [],
      },
    );
    expect(rows.slice(4).map((r) => [r.metric, r.value, r.budget, r.note])).toEqual([
      ["Lazy chunk src/routes/news.tsx, JS gzip", 90, 150, "1 file, JS brotli 90.0 kB"],
      [
        "Lazy chunks node_modules/flags/*, largest JS gzip",
        1.6,
        150,
        "2 chunks, one loaded per use; all together 2.0 kB gzip",
      ],
    ]);
  });
});

describe("workers that must load only on their own page", () => {
  // The import route starts the pdf.js worker; the entry starts a data worker.
  const withWorkers = (overviewAssets: string[]) =>
    ViteManifestSchema.parse({
      "index.html": {
        file: "assets/index.js",
        isEntry: true,
        assets: ["assets/data.worker-AbCd1234.js"],
      },
      "src/routes/overview.tsx": {
        file: "assets/overview.js",
        isDynamicEntry: true,
        imports: ["index.html"],
        assets: overviewAssets,
      },
      "src/routes/import.tsx": {
        file: "assets/import.js",
        isDynamicEntry: true,
        imports: ["index.html"],
        assets: ["assets/import.worker-C3p2_ToK.js"],
      },
    });
  const budgets: SizeBudgets = {
    firstPageRoutes: ["src/routes/overview.tsx"],
    firstPageJsGzip: 100,
    lazyChunkJsGzip: 100,
    lazyChunkOverrides: {},
    lazyChunkFamilies: [],
    lazyOnlyWorkers: ["import.worker"],
  };
  const rowsOf = (overviewAssets: string[]) =>
    toBundleRows(
      analyseBundle(withWorkers(overviewAssets), budgets.firstPageRoutes, sizeOf),
      budgets,
    );

  it.each([
    ["assets/import.worker-C3p2_ToK.js", "import.worker"],
    ["assets/png-encoder.worker-MDqAUMs8.js", "png-encoder.worker"],
  ])("names %s %s", (file, name) => {
    expect(workerName(file)).toBe(name);
  });

  it("reports each worker with what starts it, and nothing from pdf.js on the first page", () => {
    const rows = rowsOf([]);
    expect(
      rows
        .filter((row) => row.metric.includes("worker"))
        .map((row) => [row.metric, row.value, row.note]),
    ).toEqual([
      ["Worker import.worker, JS gzip", 3.2, "started by src/routes/import.tsx; 32.0 kB raw"],
      ["Worker data.worker, JS gzip", 3, "started by the first page; 30.0 kB raw"],
      ["First page JS from worker import.worker, gzip", 0, "started by src/routes/import.tsx"],
    ]);
    expect(budgetViolations(rows)).toEqual([]);
  });

  it("finds the chunks an ES-module worker imports on demand, beside it", () => {
    const code =
      'let p;function l(){return p??=Promise.all([import(`./pdf.worker.min-DM3sRJ3o.js`),import("./pdf-DxwR7_nX.js")])}import(`./pdf-DxwR7_nX.js`);';
    expect(workerDynamicImports("assets/import.worker-Dtbw6Rkr.js", code)).toEqual([
      "assets/pdf-DxwR7_nX.js",
      "assets/pdf.worker.min-DM3sRJ3o.js",
    ]);
  });

  it("reports what a worker loads on demand in a row of its own", () => {
    const report = analyseBundle(withWorkers([]), budgets.firstPageRoutes, sizeOf, (file) =>
      file.includes("import.worker")
        ? ["assets/pdf-DxwR7_nX.js", "assets/pdf.worker.min-DM3sRJ3o.js"]
        : [],
    );
    const rows = toBundleRows(report, budgets).filter((row) => row.metric.includes("on demand"));
    expect(rows.map((row) => [row.metric, row.value, row.note])).toEqual([
      [
        "Worker import.worker, chunks it loads on demand, JS gzip",
        ("assets/pdf-DxwR7_nX.js".length + "assets/pdf.worker.min-DM3sRJ3o.js".length) / 10,
        "pdf, pdf.worker.min; 55.0 kB raw",
      ],
    ]);
  });

  it("fails the budget when the first page starts the import worker", () => {
    expect(budgetViolations(rowsOf(["assets/import.worker-C3p2_ToK.js"]))).toEqual([
      "First page JS from worker import.worker, gzip: 3.2 kB, over its 0 kB budget",
    ]);
  });

  it("refuses a budget for a worker the build does not have", () => {
    const report = analyseBundle(withWorkers([]), budgets.firstPageRoutes, sizeOf);
    expect(() => toBundleRows(report, { ...budgets, lazyOnlyWorkers: ["pdf.worker"] })).toThrow(
      "the build has no worker 'pdf.worker'; update lazyOnlyWorkers in bench/size-budgets.ts",
    );
  });
});
