/**
 * `npm run stress:ingest [-- --trials 100 --writers 6]`: the ingest's promise that concurrent runs
 * lose no manifest entry, tried many times. Each trial starts `writers` ingests of the seed brief
 * (republished on different days, so each is its own brief) on one fresh manifest at once, then
 * counts the entries. Ends with one line: trials, entries lost (in how many trials), failed runs.
 * Exits 1 when any entry was lost or any run failed.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const SEED = "../shared/briefs/000_acbf13cad50f6655.txt";
const SEED_HEADER = "MAY 3, 2023 (REPORTING PERIOD: MARCH 28 - APRIL 24)";
const REGISTRIES = ["issuingBodies", "companies", "countries", "sectors"] as const;
const REGISTRY_FILES: Record<(typeof REGISTRIES)[number], string> = {
  issuingBodies: "issuing-bodies.json",
  companies: "companies.json",
  countries: "countries.json",
  sectors: "sectors.json",
};

/** One ingest process, run with node directly (npx would add a second of start-up per run). */
function ingest(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", ...args]);
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code) => done({ code, stderr }));
  });
}

async function trial(dir: string, writers: number): Promise<{ lost: number; failed: string[] }> {
  mkdirSync(join(dir, "briefs"), { recursive: true });
  const manifest = join(dir, "index.json");
  const registries = Object.fromEntries(
    REGISTRIES.map((key) => [key, resolve("public/data/registries", REGISTRY_FILES[key])]),
  );
  writeFileSync(manifest, JSON.stringify({ registries, briefs: [] }));
  const seed = readFileSync(SEED, "utf8");
  const inputs = Array.from({ length: writers }, (_, at) => {
    const path = join(dir, `june-${at + 1}.txt`);
    const header = `JUNE ${at + 1}, 2023 (REPORTING PERIOD: APRIL 25 - JUNE 1)`;
    writeFileSync(path, seed.replace(SEED_HEADER, header));
    return path;
  });
  const runs = await Promise.all(
    inputs.map((input) => ingest([input, "--out", join(dir, "briefs"), "--manifest", manifest])),
  );
  const entries = (JSON.parse(readFileSync(manifest, "utf8")) as { briefs: unknown[] }).briefs;
  const failed = runs.filter((run) => run.code !== 0).map((run) => run.stderr.trim());
  return { lost: writers - failed.length - entries.length, failed };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      trials: { type: "string", default: "100" },
      writers: { type: "string", default: "6" },
    },
  });
  const trials = Number(values.trials);
  const writers = Number(values.writers);
  if (!Number.isInteger(trials) || trials < 1 || !Number.isInteger(writers) || writers < 2) {
    console.error("--trials must be a whole number ≥ 1 and --writers a whole number ≥ 2");
    return 2;
  }
  const root = mkdtempSync(join(tmpdir(), "ingest-stress-"));
  const started = Date.now();
  let lost = 0;
  let losingTrials = 0;
  const failures: string[] = [];
  try {
    for (let at = 1; at <= trials; at += 1) {
      const result = await trial(join(root, `trial-${at}`), writers);
      lost += result.lost;
      if (result.lost > 0) losingTrials += 1;
      failures.push(...result.failed);
      if (at % 10 === 0) console.log(`  ${at} trials, ${lost} entries lost so far`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  failures.slice(0, 3).forEach((failure) => console.error(`failed run: ${failure}`));
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  console.log(
    `${trials} trials of ${writers} concurrent ingests: ${lost} entries lost (in ${losingTrials} trials), ${failures.length} runs failed, ${minutes} min`,
  );
  return lost === 0 && failures.length === 0 ? 0 : 1;
}

process.exitCode = await main();
