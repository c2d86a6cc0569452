/**
 * `npm run bench [-- --only data-load,lighthouse] [--quick]`: runs the benchmark sections listed
 * in bench/sections.ts, prints one table and writes bench-results.json. See BENCHMARKS.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { createBenchContext } from "../bench/context";
import { formatTable } from "../bench/format";
import {
  describeMachine,
  runSections,
  selectSections,
  type BenchResults,
} from "../bench/run-sections";
import { SECTIONS } from "../bench/sections";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    quick: { type: "boolean", default: false },
    out: { type: "string", default: "bench-results.json" },
  },
});
const workDir = resolve(".bench");
mkdirSync(workDir, { recursive: true });
const started = performance.now();
const sections = selectSections(SECTIONS, values.only?.split(",").map((id) => id.trim()) ?? null);
const context = createBenchContext({
  quick: values.quick,
  workDir,
  log: (message) => console.error(`[bench] ${message}`),
});
const results: BenchResults = {
  date: new Date().toISOString(),
  machine: describeMachine(),
  quick: values.quick,
  seconds: 0,
  sections: await runSections(sections, context).finally(() => context.close()),
};
results.seconds = (performance.now() - started) / 1000;
writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);

const { machine } = results;
console.log(
  `\n${results.date.slice(0, 10)} · ${machine.cpus} × ${machine.model} · ${machine.memoryGb} GB · ` +
    `Node ${machine.node}${results.quick ? " · QUICK RUN: figures not comparable" : ""}\n`,
);
console.log(formatTable(results.sections));
console.log(`\n${results.seconds.toFixed(0)} s in all; results in ${values.out}`);
const failed = results.sections.filter((s) => s.error);
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.map((s) => `${s.id} (${s.error})`).join("; ")}`);
  process.exitCode = 1;
}
