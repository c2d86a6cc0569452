/**
 * `npm run test:mutation [-- PART]`: StrykerJS over src/domain, src/ingest and src/data
 * (stryker.config.json), or over one PART of them: a folder or file under src, e.g. `ingest`,
 * `domain/search` or `ingest/parse-top5.ts`. Each part keeps its own incremental file and report in
 * reports/mutation/<part>/, so re-running one part reuses its earlier results and leaves the others'.
 * `--tests a.test.ts,b.test.ts` runs only those tests against the mutants (a part's own tests, a
 * quick lower bound on a loaded machine); otherwise every node test that imports the part runs.
 */
import { existsSync } from "node:fs";
import { Stryker } from "@stryker-mutator/core";

const MUTATED_FOLDERS = ["domain", "ingest", "data"];

function partOptions(part: string) {
  if (!MUTATED_FOLDERS.includes(part.split("/")[0] ?? "") || !existsSync(`src/${part}`)) {
    console.error(
      `test:mutation: "${part}" is not a folder or file under src/${MUTATED_FOLDERS.join(", src/")}; ` +
        "give e.g. ingest, domain/search or ingest/parse-top5.ts",
    );
    process.exit(2);
  }
  const mutate = part.endsWith(".ts")
    ? [`src/${part}`]
    : [`src/${part}/**/*.ts`, "!src/**/*.test.ts"];
  return { mutate, ...reportFiles(reportName(part)) };
}

const reportName = (part: string) => part.replace(/\.ts$/, "").replaceAll("/", "-");

function reportFiles(name: string) {
  const dir = `reports/mutation/${name}`;
  return {
    incrementalFile: `${dir}/incremental.json`,
    htmlReporter: { fileName: `${dir}/index.html` },
    jsonReporter: { fileName: `${dir}/report.json` },
  };
}

const args = process.argv.slice(2);
const testsAt = args.indexOf("--tests");
const testFiles = testsAt < 0 ? [] : (args.splice(testsAt, 2)[1]?.split(",") ?? []);
const part = args[0]?.replace(/^src\//, "").replace(/\/$/, "");
const name = part ? reportName(part) : "all";
const options = part ? partOptions(part) : reportFiles(name);
const results = await new Stryker({ ...options, testFiles }).runMutationTest();
console.log(
  `test:mutation: ${results.length} mutants; report in reports/mutation/${name}/index.html`,
);
