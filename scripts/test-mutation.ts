/**
 * `npm run test:mutation [-- PART[,PART…]]`: StrykerJS over src/domain, src/ingest and src/data
 * (stryker.config.json), or over PARTs of them: folders or files under src, e.g. `ingest`,
 * `domain/search` or `ingest/parse-top5.ts,ingest/resolve-issuers.ts`. Each choice of parts keeps
 * its own incremental file and report in reports/mutation/<parts>/, so re-running it reuses its
 * earlier results and leaves the others'.
 * `--tests a.test.ts,b.test.ts` runs only those tests against the mutants (a part's own tests, a
 * quick lower bound on a loaded machine); otherwise every node test that imports the part runs.
 */
import { existsSync } from "node:fs";
import { Stryker } from "@stryker-mutator/core";

const MUTATED_FOLDERS = ["domain", "ingest", "data"];

function partsOptions(parts: string[], name: string) {
  const mutate = parts.flatMap((part) => {
    if (!MUTATED_FOLDERS.includes(part.split("/")[0] ?? "") || !existsSync(`src/${part}`)) {
      console.error(
        `test:mutation: "${part}" is not a folder or file under src/${MUTATED_FOLDERS.join(", src/")}; ` +
          "give e.g. ingest, domain/search or ingest/parse-top5.ts",
      );
      process.exit(2);
    }
    return part.endsWith(".ts") ? [`src/${part}`] : [`src/${part}/**/*.ts`];
  });
  return { mutate: [...mutate, "!src/**/*.test.ts"], ...reportFiles(name) };
}

const reportName = (parts: string[]) =>
  parts.map((part) => part.replace(/\.ts$/, "").replaceAll("/", "-")).join("+");

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
const parts = (args[0] ?? "")
  .split(",")
  .filter(Boolean)
  .map((part) => part.replace(/^src\//, "").replace(/\/$/, ""));
// A run limited to some tests keeps its results apart: they must not pass for a full run's.
const name = `${parts.length > 0 ? reportName(parts) : "all"}${testFiles.length > 0 ? "+own-tests" : ""}`;
const options = parts.length > 0 ? partsOptions(parts, name) : reportFiles(name);
const results = await new Stryker({ ...options, testFiles }).runMutationTest();
console.log(
  `test:mutation: ${results.length} mutants; report in reports/mutation/${name}/index.html`,
);
