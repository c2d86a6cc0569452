import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BriefSchema } from "@/data/schema";
import { AnnotationsSchema } from "@/ingest/annotations";
import {
  BATKE_CSV,
  BATKE_MAPPING,
  hasBatke,
  readSeedBrief,
  readShippedBrief,
  SEED_ANNOTATIONS,
  SEED_BRIEF,
} from "./ingest-inputs";

// Each spawn costs about a second, so the cases share runs where they can.
const work = mkdtempSync(join(tmpdir(), "ingest-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function ingest(...args: string[]) {
  const result = spawnSync("npx", ["tsx", "scripts/ingest.ts", ...args], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A data folder with an empty manifest that points at the shipped registries. */
function dataFolder(name: string): { manifest: string; out: string } {
  const dir = join(work, name);
  mkdirSync(join(dir, "briefs"), { recursive: true });
  const registry = (file: string) => resolve("public/data/registries", file);
  const manifest = join(dir, "index.json");
  writeFileSync(
    manifest,
    JSON.stringify({
      registries: {
        issuingBodies: registry("issuing-bodies.json"),
        companies: registry("companies.json"),
        countries: registry("countries.json"),
        sectors: registry("sectors.json"),
      },
      briefs: [],
    }),
  );
  return { manifest, out: join(dir, "briefs") };
}

describe("npm run ingest", { timeout: 60_000 }, () => {
  it("explains itself with --help, and answers wrong usage with exit code 2", () => {
    const help = ingest("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--dry-run");
    const wrong = ingest("--csv", "x.csv");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("--csv needs --map <mapping.json>");
  });

  it("refuses text that is not a brief with exit code 1 and writes nothing", () => {
    const { manifest, out } = dataFolder("garbage");
    const input = join(work, "garbage.txt");
    writeFileSync(input, "Dear colleagues,\nplease find attached …\n");
    const run = ingest(input, "--out", out, "--manifest", manifest);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("this is not a China Industries brief");
    expect(readdirSync(out)).toEqual([]);
  });

  it("regenerates the shipped brief byte for byte, adds it to the manifest, and will not overwrite it", () => {
    const { manifest, out } = dataFolder("seed");
    const first = ingest(SEED_BRIEF, "--out", out, "--manifest", manifest);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Top 5 items: 5, policy news: 8, corporate news: 6");
    const file = join(out, "2023-05-03-china-industries.json");
    expect(readFileSync(file, "utf8")).toBe(readShippedBrief());
    expect(JSON.parse(readFileSync(manifest, "utf8"))).toMatchObject({
      briefs: ["briefs/2023-05-03-china-industries.json"],
    });
    writeFileSync(file, "keep me");
    const again = ingest(SEED_BRIEF, "--out", out, "--manifest", manifest);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("exists; run again with --force");
    expect(readFileSync(file, "utf8")).toBe("keep me");
    expect(readdirSync(out)).toEqual(["2023-05-03-china-industries.json"]);
  });

  it("validates its output as the app will, and writes nothing when it fails", () => {
    const { manifest, out } = dataFolder("invalid");
    const annotations = join(work, "bad-annotations.json");
    const seed = JSON.parse(readFileSync(SEED_ANNOTATIONS, "utf8")) as unknown;
    writeFileSync(
      annotations,
      JSON.stringify({
        ...AnnotationsSchema.parse(seed),
        top5: [{ rank: 1, sectors: ["no-such-sector"] }],
      }),
    );
    const run = ingest(
      SEED_BRIEF,
      "--out",
      out,
      "--manifest",
      manifest,
      "--annotations",
      annotations,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("unknown sector 'no-such-sector'");
    expect(readdirSync(out)).toEqual([]);
  });

  it("prints control characters from the input escaped, so they cannot drive the terminal", () => {
    const { manifest, out } = dataFolder("controls");
    const input = join(work, "controls.txt");
    const hostile = "\u001b]0;pwned\u0007\u001b[2J Cleared \u009b31m red \u202e desrever";
    writeFileSync(input, readSeedBrief().replace("CONTENTS", `${hostile}\n\nCONTENTS`));
    const run = ingest(input, "--out", out, "--manifest", manifest, "--dry-run");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "\\x1B]0;pwned\\x07\\x1B[2J Cleared \\x9B31m red \\u202E desrever (text before the first section)",
    );
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202E]/);
  });

  it("writes nothing on --dry-run", () => {
    const { manifest, out } = dataFolder("dry");
    const before = readFileSync(manifest, "utf8");
    const run = ingest(SEED_BRIEF, "--out", out, "--manifest", manifest, "--dry-run");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Dry run:");
    expect(readdirSync(out)).toEqual([]);
    expect(readFileSync(manifest, "utf8")).toBe(before);
  });

  it.skipIf(!hasBatke)(
    "imports the Batke et al. CSV into a list file (skipped without ../shared data)",
    () => {
      const { manifest, out } = dataFolder("csv");
      const run = ingest(
        "--csv",
        BATKE_CSV,
        "--map",
        BATKE_MAPPING,
        "--out",
        out,
        "--manifest",
        manifest,
      );
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("rows: 2553, documents: 1995");
      const list = BriefSchema.parse(
        JSON.parse(readFileSync(join(out, "batke-policy-documents.json"), "utf8")),
      );
      expect(list.documents).toHaveLength(1995);
    },
  );
});
