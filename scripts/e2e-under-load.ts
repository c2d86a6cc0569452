/**
 * `npm run test:e2e:load [-- playwright args]`: the end-to-end suite (build included) beside a
 * CPU-heavy process, as on a machine running a build at the same time: one busy-loop thread per
 * core, which stop by themselves after LOAD_LIMIT_MS and are stopped as soon as the suite ends.
 * Ends with "Under load: N passed, N failed" and Playwright's exit code.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { e2eTimeouts, playwrightCounts, timeoutScale } from "./e2e-env";

const LOAD_LIMIT_MS = 30 * 60_000;
const BUSY_LOOP = `
const { workerData: deadline } = require("node:worker_threads");
while (Date.now() < deadline) {}
`;

interface TestResultJson {
  duration: number;
}
interface SuiteJson {
  suites?: SuiteJson[];
  specs?: { title: string; tests: { results: TestResultJson[] }[] }[];
}

/** The slowest test of a Playwright JSON report: how close the busiest test came to a timeout. */
function slowest(suite: SuiteJson): { title: string; ms: number } {
  let worst = { title: "", ms: 0 };
  for (const spec of suite.specs ?? [])
    for (const test of spec.tests)
      for (const result of test.results)
        if (result.duration > worst.ms) worst = { title: spec.title, ms: result.duration };
  for (const child of suite.suites ?? []) {
    const candidate = slowest(child);
    if (candidate.ms > worst.ms) worst = candidate;
  }
  return worst;
}

const cores = availableParallelism();
const deadline = Date.now() + LOAD_LIMIT_MS;
const load = Array.from(
  { length: cores },
  () => new Worker(BUSY_LOOP, { eval: true, workerData: deadline }),
);
const report = ".test-results/playwright-under-load.json";
mkdirSync(".test-results", { recursive: true });
rmSync(report, { force: true });
const started = Date.now();
console.log(`Running the e2e suite beside ${cores} busy-loop threads (one per core)…`);

const suite = spawn("npx", ["playwright", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
});
suite.on("close", (code) => {
  void Promise.all(load.map((worker) => worker.terminate())).then(() => {
    const seconds = Math.round((Date.now() - started) / 1000);
    let json: unknown = null;
    try {
      json = JSON.parse(readFileSync(report, "utf8"));
    } catch {
      // No report: Playwright failed before running a test, and said why above.
    }
    const counts = playwrightCounts(json);
    const worst = json ? slowest(json) : null;
    const scale = timeoutScale(process.env);
    console.log(
      `\nUnder load (${cores} busy threads, E2E_TIMEOUT_SCALE=${scale}, ${seconds} s): ` +
        `${counts?.passed ?? 0} passed, ${counts?.failed ?? 1} failed` +
        (worst
          ? `; slowest test ${(worst.ms / 1000).toFixed(1)} s (“${worst.title}”), ` +
            `test timeout ${e2eTimeouts(scale).test / 1000} s (3× for slow tests)`
          : ""),
    );
    process.exit(code ?? 1);
  });
});
