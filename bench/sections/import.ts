import { readFileSync } from "node:fs";
import type { Browser } from "@playwright/test";
import { z } from "zod";
import { makeBriefPdf } from "../../scripts/make-brief-pdf";
import { makeLongBriefPdf } from "../../scripts/long-brief";
import { paths } from "../../src/config/paths";
import { withProbedPage } from "../browser/pages";
import { longTasksSince, readyAt } from "../browser/probe";
import { largest, median } from "../browser/stats";
import type { BenchRow, BenchSection } from "../types";

const SEED = "../shared/briefs/000_acbf13cad50f6655.txt";
/** The goals: the seed's PDF reviewed within 1.5 s, a 40-page PDF within 5 s. */
const SEED_BUDGET_MS = 1500;
const LONG_BUDGET_MS = 5000;
const LONG_PAGES = 40;
/** No main-thread task over 50 ms while a brief is read: the page stays responsive. */
const TASK_BUDGET_MS = 50;
/** After the review's last part is painted, how long the import's work may still run. */
const SETTLE_MS = 500;
const TIMEOUT_MS = 120_000;

/**
 * The import page is usable (picker drawn); the review screen shows its first item; the review
 * is complete (its item lists are drawn in parts, each busy until all its items are in).
 */
const CONDITIONS = {
  page: ["h1", "input[type=file]"],
  review: ["#review-title", "[aria-label='Top 5 items'] li"],
  complete: ["Top 5", "Policy news", "Corporate news"].map(
    (group) => `[aria-label='${group} items'][aria-busy=false]`,
  ),
};

/**
 * Records when a file is chosen and every "page N of M" the progress shows. Plain JavaScript
 * installed before the page's scripts, like the probe.
 */
const WATCH = `(() => {
  const seen = { chosenAt: null, progress: [] };
  window.__importBench = seen;
  document.addEventListener("change", (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === "file") seen.chosenAt = performance.now();
  }, true);
  new MutationObserver(() => {
    const status = document.querySelector("[role=status][aria-live]");
    const match = status && /page (\\d+) of (\\d+)/.exec(status.textContent || "");
    if (match && seen.progress.at(-1) !== match[0]) seen.progress.push(match[0]);
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

interface ImportRun {
  /** From the file's change event to the review screen painted. */
  reviewMs: number;
  /** From the file's change event to the review's last item painted. */
  completeMs: number;
  /** The longest main-thread task from the change event until the complete review settled. */
  longestTaskMs: number;
  /** The progress texts shown, in order. */
  progress: string[];
}

const WatchedSchema = z.object({ chosenAt: z.number().nullable(), progress: z.array(z.string()) });

async function importOnce(browser: Browser, url: string, file: FileSpec): Promise<ImportRun> {
  return withProbedPage(
    browser,
    url,
    CONDITIONS,
    async (page, check) => {
      await readyAt(page, "page", TIMEOUT_MS);
      await page.locator("input[type=file]").setInputFiles(file);
      const reviewAt = await readyAt(page, "review", TIMEOUT_MS);
      const completeAt = await readyAt(page, "complete", TIMEOUT_MS);
      await page.waitForTimeout(SETTLE_MS);
      check(file.name);
      const watched = WatchedSchema.parse(await page.evaluate("window.__importBench"));
      if (watched.chosenAt === null) throw new Error(`${file.name}: the file was never chosen`);
      const tasks = await longTasksSince(page, watched.chosenAt);
      return {
        reviewMs: reviewAt - watched.chosenAt,
        completeMs: completeAt - watched.chosenAt,
        longestTaskMs: largest(tasks.map((task) => task.duration)),
        progress: watched.progress,
      };
    },
    [WATCH],
  );
}

interface FileSpec {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

async function importRuns(browser: Browser, url: string, file: FileSpec, samples: number) {
  const runs: ImportRun[] = [];
  for (let at = 0; at < samples; at += 1) runs.push(await importOnce(browser, url, file));
  return {
    reviewMs: median(runs.map((run) => run.reviewMs)),
    completeMs: median(runs.map((run) => run.completeMs)),
    longestTaskMs: largest(runs.map((run) => run.longestTaskMs)),
    progress: runs.map((run) => run.progress),
  };
}

/**
 * Adding a brief on /import, in Debian's Chromium on the production build: from choosing the
 * file to the review screen painted, and the longest main-thread task meanwhile (Long Tasks API),
 * each in a fresh tab (pdf.js and the import worker load cold). The seed's PDF is compared with
 * its text file (the parser alone), a 40-page PDF with the seed's PDF.
 */
export const importSection: BenchSection = {
  id: "import",
  title: "Adding a brief (/import)",
  async run(context) {
    const samples = context.quick ? 1 : 5;
    const seedText = readFileSync(SEED, "utf8");
    context.log(`import: printing the seed brief and a ${LONG_PAGES}-page brief`);
    const seedPdf = await makeBriefPdf(seedText);
    const longPdf = await makeLongBriefPdf(seedText, LONG_PAGES);
    const url = new URL(paths.import.href(), await context.serve(await context.shippedBuild()))
      .href;
    const browser = await context.browser();
    const pdf = (name: string, bytes: Uint8Array): FileSpec => ({
      name,
      mimeType: "application/pdf",
      buffer: Buffer.from(bytes),
    });
    context.log("import: the seed brief's text");
    const text = await importRuns(
      browser,
      url,
      { name: "brief.txt", mimeType: "text/plain", buffer: Buffer.from(seedText) },
      samples,
    );
    context.log(`import: the seed brief's PDF (${seedPdf.pages} pages)`);
    const seed = await importRuns(browser, url, pdf("brief.pdf", seedPdf.bytes), samples);
    context.log(`import: the ${LONG_PAGES}-page PDF`);
    const long = await importRuns(browser, url, pdf("long-brief.pdf", longPdf.bytes), samples);
    const longProgress = long.progress.every((shown) =>
      shown.some((step) => step.endsWith(`of ${LONG_PAGES}`)),
    );
    if (!longProgress) throw new Error(`the ${LONG_PAGES}-page PDF showed no page progress`);
    const seedLabel = `the seed brief's PDF (${seedPdf.pages} pages)`;
    const longLabel = `a ${LONG_PAGES}-page PDF (the seed brief + ${longPdf.syntheticLines} synthetic policy news lines, seed 1)`;
    const timing = `file chosen (as soon as the picker is drawn, while the import worker may still be loading) to the review's first screen painted; median of ${samples}, a fresh tab each`;
    const complete = (run: { completeMs: number }) =>
      `every item drawn after ${Math.round(run.completeMs)} ms`;
    const tasks = `longest main-thread task from the file chosen until ${SETTLE_MS} ms after the review's last item painted; worst of ${samples}`;
    const rows: BenchRow[] = [
      {
        metric: `Import ${seedLabel}: to the review screen`,
        value: seed.reviewMs,
        unit: "ms",
        better: "lower",
        budget: SEED_BUDGET_MS,
        baseline: { label: "the same brief as a .txt file", value: text.reviewMs },
        note: `${timing}; ${complete(seed)}`,
      },
      {
        metric: `Import ${seedLabel}: longest main-thread task`,
        value: seed.longestTaskMs,
        unit: "ms",
        better: "lower",
        budget: TASK_BUDGET_MS,
        baseline: { label: "the same brief as a .txt file", value: text.longestTaskMs },
        note: `${tasks}; 0 means no task over 50 ms`,
      },
      {
        metric: `Import ${longLabel}: to the review screen`,
        value: long.reviewMs,
        unit: "ms",
        better: "lower",
        budget: LONG_BUDGET_MS,
        baseline: { label: seedLabel, value: seed.reviewMs },
        note: `${timing}; ${complete(long)}; progress "page N of ${LONG_PAGES}" shown in every run`,
      },
      {
        metric: `Import ${longLabel}: longest main-thread task`,
        value: long.longestTaskMs,
        unit: "ms",
        better: "lower",
        budget: TASK_BUDGET_MS,
        baseline: { label: seedLabel, value: seed.longestTaskMs },
        note: `${tasks}; 0 means no task over 50 ms`,
      },
    ];
    return rows;
  },
};
