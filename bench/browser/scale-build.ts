import { spawnSync } from "node:child_process";
import { cpSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../../src/data/model";
import { buildApp } from "../build-app";
import type { ScaleData } from "../types";
import { toVisData } from "../vis-timeline/vis-items";

/** Where a scale build's data sits, served by the same `vite preview` as the app. */
export const BENCH_DATA_PATH = "/bench-data/";
export const VIS_PAGE_PATH = "/vis-timeline/";

/**
 * The app built to read /bench-data/, the generated data copied there, and the bench-only
 * vis-timeline page (with the same dataset's items) built into /vis-timeline/.
 */
export function buildScaleApp(outDir: string, data: ScaleData, dataset: Dataset): void {
  buildApp(outDir, BENCH_DATA_PATH);
  cpSync(data.dir, join(outDir, BENCH_DATA_PATH), { recursive: true });
  const visDir = join(outDir, VIS_PAGE_PATH);
  const result = spawnSync(
    "npx",
    ["vite", "build", "--config", "bench/vis-timeline/vite.config.ts", "--outDir", visDir],
    { stdio: "inherit" },
  );
  if (result.status !== 0) throw new Error("building the vis-timeline page failed");
  writeVisItems(outDir, dataset);
}

function writeVisItems(outDir: string, dataset: Dataset): void {
  writeFileSync(
    join(outDir, VIS_PAGE_PATH, "items.json"),
    JSON.stringify(toVisData(dataset.policies)),
  );
}

/**
 * A copy of a scale build reading another data folder, vis-timeline page included (no second
 * build: the app is the same, only the data differs).
 */
export function withOtherData(
  buildDir: string,
  outDir: string,
  dataDir: string,
  dataset: Dataset,
): void {
  rmSync(outDir, { recursive: true, force: true });
  cpSync(buildDir, outDir, { recursive: true });
  const target = join(outDir, BENCH_DATA_PATH);
  rmSync(target, { recursive: true, force: true });
  cpSync(dataDir, target, { recursive: true });
  writeVisItems(outDir, dataset);
}
