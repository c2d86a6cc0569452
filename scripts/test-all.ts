/**
 * `npm test`: every test layer once (unit and component with Vitest, end-to-end with Playwright),
 * then one summary line `N passed, N failed` counting all of them.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";

const outDir = ".test-results";
mkdirSync(outDir, { recursive: true });

interface LayerResult {
  passed: number;
  failed: number;
  skipped: number;
  ok: boolean;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}

function vitestLayer(): LayerResult {
  const file = `${outDir}/vitest.json`;
  const ok = run("npx", [
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${file}`,
  ]);
  const report = readJson(file) as {
    numPassedTests?: number;
    numFailedTests?: number;
    numPendingTests?: number;
    numTodoTests?: number;
  } | null;
  return {
    passed: report?.numPassedTests ?? 0,
    failed: report?.numFailedTests ?? (ok ? 0 : 1),
    skipped: (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0),
    ok,
  };
}

function playwrightLayer(): LayerResult {
  const file = `${outDir}/playwright.json`;
  const ok = run("npx", ["playwright", "test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  const report = readJson(file) as {
    stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
  } | null;
  const stats = report?.stats;
  return {
    passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0),
    failed: stats?.unexpected ?? (ok ? 0 : 1),
    skipped: stats?.skipped ?? 0,
    ok,
  };
}

const layers = [vitestLayer(), playwrightLayer()];
const passed = layers.reduce((sum, l) => sum + l.passed, 0);
// A layer that failed without a report (it crashed) still counts as a failure.
const failed = layers.reduce((sum, l) => sum + (l.ok ? l.failed : Math.max(l.failed, 1)), 0);
const skipped = layers.reduce((sum, l) => sum + l.skipped, 0);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || layers.some((l) => !l.ok) ? 1 : 0);
