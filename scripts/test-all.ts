/**
 * `npm test`: every test layer once (unit and component with Vitest, end-to-end with Playwright),
 * then one summary line `N passed, N failed` counting all of them.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdirSync, readFileSync } from "node:fs";
import { chromiumPath, planBrowser, playwrightCounts, type BrowserFacts } from "./e2e-env";

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

function succeeds(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: "ignore" }).status === 0;
}

function browserFacts(): BrowserFacts {
  const chromium = chromiumPath(process.env);
  let chromiumExists = true;
  try {
    accessSync(chromium, constants.X_OK);
  } catch {
    chromiumExists = false;
  }
  const fonts = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
  return {
    chromium,
    chromiumFromEnv: Boolean(process.env.CHROMIUM_PATH),
    chromiumExists,
    cjkFonts: /Noto Sans CJK/i.test(fonts.stdout ?? ""),
    canInstall: process.getuid?.() === 0 && succeeds("apt-get", ["--version"]),
  };
}

/** Chromium and CJK fonts, installed as CI does when possible; false (and why) when missing. */
function browserReady(): boolean {
  let plan = planBrowser(browserFacts());
  if (plan.action === "install") {
    console.log(`Installing ${plan.packages.join(" ")} for the browser tests…`);
    const env = { DEBIAN_FRONTEND: "noninteractive" };
    run("apt-get", ["update", "-qq"], env);
    run("apt-get", ["install", "-y", "-qq", ...plan.packages], env);
    plan = planBrowser({ ...browserFacts(), canInstall: false });
  }
  if (plan.action === "stop") console.error(plan.message);
  return plan.action === "run";
}

function playwrightLayer(): LayerResult {
  // Counted as one failure: a machine that cannot run the browser tests is not green.
  if (!browserReady()) return { passed: 0, failed: 1, skipped: 0, ok: false };
  const file = `${outDir}/playwright.json`;
  const ok = run("npx", ["playwright", "test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  const counts = playwrightCounts(readJson(file));
  return { ...(counts ?? { passed: 0, failed: ok ? 0 : 1, skipped: 0 }), ok };
}

const layers = [vitestLayer(), playwrightLayer()];
const passed = layers.reduce((sum, l) => sum + l.passed, 0);
// A layer that failed without a report (it crashed) still counts as a failure.
const failed = layers.reduce((sum, l) => sum + (l.ok ? l.failed : Math.max(l.failed, 1)), 0);
const skipped = layers.reduce((sum, l) => sum + l.skipped, 0);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || layers.some((l) => !l.ok) ? 1 : 0);
