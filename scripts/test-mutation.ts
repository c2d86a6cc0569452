/**
 * `npm run test:mutation [-- PART[,PART…]]`: StrykerJS over src/domain, src/ingest and src/data
 * (stryker.config.json), or over PARTs of them: folders or files under src, e.g. `ingest`,
 * `domain/search` or `ingest/parse-top5.ts,ingest/resolve-issuers.ts`. Each choice of parts keeps
 * its own incremental file and report in reports/mutation/<parts>/, so re-running it reuses its
 * earlier results and leaves the others'.
 * `--tests a.test.ts,b.test.ts` runs only those tests against the mutants (a part's own tests, a
 * quick lower bound on a loaded machine); otherwise every node test that imports the part runs.
 */
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { Stryker } from "@stryker-mutator/core";

const MUTATED_FOLDERS = ["domain", "ingest", "data"];

function partsMutate(parts: string[]) {
  return parts.flatMap((part) => {
    if (!MUTATED_FOLDERS.includes(part.split("/")[0] ?? "") || !existsSync(`src/${part}`)) {
      console.error(
        `test:mutation: "${part}" is not a folder or file under src/${MUTATED_FOLDERS.join(", src/")}; ` +
          "give e.g. ingest, domain/search or ingest/parse-top5.ts",
      );
      process.exit(2);
    }
    return part.endsWith(".ts") ? [`src/${part}`] : [`src/${part}/**/*.ts`];
  });
}

const reportName = (parts: string[]) =>
  parts.map((part) => part.replace(/\.ts$/, "").replaceAll("/", "-")).join("+");

/**
 * The TypeScript checker compiles the program once per mutant (mutants in one file cannot share a
 * check), so its tsconfig holds only the mutated files (and what they import), not the three folders
 * with their tests and dependants: a mutant whose type error shows only in another file is then run
 * against the tests instead of being rejected, which costs a test run, not a wrong score.
 */
function runOptions(mutate: string[], name: string) {
  const dir = `reports/mutation/${name}`;
  mkdirSync(dir, { recursive: true });
  const tsconfigFile = `${dir}/tsconfig.json`;
  const fromDir = (glob: string) => `${"../".repeat(dir.split("/").length)}${glob}`;
  writeFileSync(
    tsconfigFile,
    JSON.stringify({
      extends: fromDir("tsconfig.json"),
      include: mutate.map(fromDir),
      exclude: [fromDir("src/**/*.test.ts")],
    }),
  );
  return {
    mutate: [...mutate, "!src/**/*.test.ts"],
    tsconfigFile,
    incrementalFile: `${dir}/incremental.json`,
    htmlReporter: { fileName: `${dir}/index.html` },
    jsonReporter: { fileName: `${dir}/report.json` },
  };
}

const args = process.argv.slice(2);
const testsAt = args.indexOf("--tests");
const testFiles = testsAt < 0 ? [] : (args.splice(testsAt, 2)[1]?.split(",") ?? []);
const parts = (args[0] ?? "")
  .split(",")
  .filter(Boolean)
  .map((part) => part.replace(/^src\//, "").replace(/\/$/, ""));
// A run limited to some tests keeps its results apart: they must not pass for a full run's.
const name = `${parts.length > 0 ? reportName(parts) : "all"}${testFiles.length > 0 ? "+own-tests" : ""}`;
const mutate = partsMutate(parts.length > 0 ? parts : MUTATED_FOLDERS);
const options = runOptions(mutate, name);
// Stryker runs the tests in a sandbox, .stryker-tmp/sandbox-*, which holds only git's files; the
// tests read the real brief from ../shared (beside the checkout), so the sandbox needs it there too.
// Without it every test that reads the brief fails to load, and Vitest's bail stops the dry run
// there without an error: those tests then never run against a mutant.
if (!existsSync(".stryker-tmp/shared")) {
  mkdirSync(".stryker-tmp", { recursive: true });
  symlinkSync(resolve("../shared"), ".stryker-tmp/shared");
}
const results = await new Stryker({ ...options, testFiles }).runMutationTest();
console.log(
  `test:mutation: ${results.length} mutants; report in reports/mutation/${name}/index.html`,
);
