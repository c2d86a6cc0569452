/**
 * The benchmark harness's plug-in interface. A section is a module in bench/sections/ that
 * measures one thing and returns rows; scripts/bench.ts runs the sections listed in
 * bench/sections.ts, prints one table and writes bench-results.json.
 */
import type { Browser } from "@playwright/test";
import type { Dataset } from "../src/data/model";

/** Sizes are decimal: 1 kB = 1,000 bytes, 1 MB = 1,000,000 bytes (as Vite prints them). */
export type Unit = "ms" | "kB" | "MB" | "score" | "unitless";

/** One figure of the results table. */
export interface BenchRow {
  /** What was measured, in words a reader of BENCHMARKS.md understands. */
  metric: string;
  value: number;
  unit: Unit;
  /** Whether a smaller figure is the better one (times, sizes) or a larger one (scores). */
  better: "lower" | "higher";
  /** The naive baseline or the peer library, measured in the same run, in the same unit. */
  baseline?: { label: string; value: number };
  /** The figure the row must stay within (at most for "lower", at least for "higher"). */
  budget?: number;
  /** How it was measured: samples, sizes, settings. */
  note?: string;
}

export interface BenchSection {
  /** Short id used with `npm run bench -- --only <id>`, e.g. "data-load". */
  id: string;
  /** Title of the section in the printed table. */
  title: string;
  run(context: BenchContext): Promise<BenchRow[]>;
}

/** Sizes of generated scale data: the 1k / 10k policies and 10k / 100k news items. */
export type ScaleSize = "small" | "large";

export interface ScaleData {
  /** Folder holding index.json, registries/ and briefs/, ending with a slash. */
  dir: string;
  policies: number;
  news: number;
  /** Every file the manifest lists (and the manifest), relative to `dir`. */
  files: string[];
}

/** What sections share; each resource is made at most once per run, when first asked for. */
export interface BenchContext {
  /** A fast smoke run: a tenth of the data and few samples. Figures are not comparable. */
  readonly quick: boolean;
  /** Scratch folder for this run (inside the gitignored .bench/). */
  readonly workDir: string;
  /** Generated synthetic data on disk (seed 1, 120 briefs). */
  scaleData(size: ScaleSize): Promise<ScaleData>;
  /** The same data loaded through the app's real loader. */
  scaleDataset(size: ScaleSize): Promise<Dataset>;
  /** A production build (with its Vite manifest) of the app on the shipped data; its folder. */
  shippedBuild(): Promise<string>;
  /**
   * A production build that reads the large generated data from its own /bench-data/ folder,
   * with the bench-only vis-timeline page at /vis-timeline/; its folder.
   */
  scaleBuild(): Promise<string>;
  /** `vite preview` of a build folder, started once per folder; its URL, ending with a slash. */
  serve(dir: string): Promise<string>;
  /** Debian's Chromium through Playwright, one session shared by the browser sections. */
  browser(): Promise<Browser>;
  /** Stops every server and browser the run started. */
  close(): Promise<void>;
  log(message: string): void;
}
