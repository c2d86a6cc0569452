import { rmSync } from "node:fs";
import { join } from "node:path";
import { generateDataset } from "../scripts/generate/dataset";
import { readSectorVocabulary, writeDataset } from "../scripts/generate/write-dataset";
import { loadDiskDataset } from "../tests/disk-dataset";
import type { Browser } from "@playwright/test";
import { buildApp } from "./build-app";
import { buildScaleApp } from "./browser/scale-build";
import { startPreview, type Running } from "./processes";
import type { BenchContext, ScaleData, ScaleSize } from "./types";

/** The sizes: 1k / 10k policies, 10k / 100k news items, over 120 monthly briefs. */
export const SCALE_SIZES: Record<ScaleSize, { policies: number; news: number }> = {
  small: { policies: 1000, news: 10_000 },
  large: { policies: 10_000, news: 100_000 },
};
/** A quick run uses a tenth of the data: it checks the harness, not the app's speed. */
const QUICK_DIVISOR = 10;

export function createBenchContext(options: {
  quick: boolean;
  workDir: string;
  log: (message: string) => void;
}): BenchContext {
  const { quick, workDir, log } = options;
  const servers: Promise<Running>[] = [];
  let launched: Promise<Browser> | undefined;
  const context: BenchContext = {
    quick,
    workDir,
    log,
    scaleData: memoiseBy((size): Promise<ScaleData> => {
      const divisor = quick ? QUICK_DIVISOR : 1;
      const policies = SCALE_SIZES[size].policies / divisor;
      const news = SCALE_SIZES[size].news / divisor;
      const dir = join(workDir, `data-${size}`);
      log(`generating ${policies} policies and ${news} news items into ${dir}`);
      const files = generateDataset({
        seed: 1,
        briefs: 120,
        policies,
        news,
        companies: 5000,
        countries: 60,
        sectors: readSectorVocabulary(),
      });
      rmSync(dir, { recursive: true, force: true });
      writeDataset(files, dir);
      return Promise.resolve({ dir: `${dir}/`, policies, news, files: files.map((f) => f.path) });
    }),
    scaleDataset: memoiseBy(async (size) => loadDiskDataset((await context.scaleData(size)).dir)),
    shippedBuild: once(() => {
      const outDir = join(workDir, "dist-shipped");
      log(`building the app on the shipped data into ${outDir}`);
      buildApp(outDir);
      return Promise.resolve(outDir);
    }),
    scaleBuild: once(async () => {
      const outDir = join(workDir, "dist-large");
      const data = await context.scaleData("large");
      log(`building the app on the large generated data into ${outDir}`);
      buildScaleApp(outDir, data, await context.scaleDataset("large"));
      return outDir;
    }),
    serve: memoiseBy(async (dir: string) => {
      const running = startPreview(dir);
      servers.push(running);
      return (await running).url;
    }),
    browser: () =>
      (launched ??= import("@playwright/test").then(({ chromium }) =>
        chromium.launch({
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: ["--no-sandbox"],
        }),
      )),
    async close() {
      const browser = launched;
      launched = undefined;
      await Promise.allSettled([
        browser?.then((b) => b.close()),
        ...servers.splice(0).map((server) => server.then((s) => s.stop())),
      ]);
    },
  };
  return context;
}

/** Each resource is made once, when a section first asks for it, then shared. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

function memoiseBy<K, T>(make: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const made = new Map<K, Promise<T>>();
  return (key) => {
    const existing = made.get(key);
    if (existing) return existing;
    const promise = make(key);
    made.set(key, promise);
    return promise;
  };
}
