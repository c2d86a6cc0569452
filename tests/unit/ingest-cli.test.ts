import { spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  mkdirSync,
  rmSync,
} from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BriefSchema } from "@/data/schema";
import { AnnotationsSchema } from "@/ingest/annotations";
import { loadFromDisk } from "../../scripts/ingest-validate";
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

function revise(...args: string[]) {
  const result = spawnSync("npx", ["tsx", "scripts/revise-manifest.ts", ...args], {
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Several ingests started at once, each with its own arguments; resolves when all have exited. */
function ingestAtOnce(runs: string[][]) {
  return Promise.all(
    runs.map(
      (args) =>
        new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
          const child = spawn("npx", ["tsx", "scripts/ingest.ts", ...args]);
          let stdout = "";
          let stderr = "";
          child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
          child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
          child.on("close", (code) => done({ code, stdout, stderr }));
        }),
    ),
  );
}

/** The seed brief as if published on another day: the same items, so the same derived ids. */
function republished(name: string, header: string): string {
  const path = join(work, name);
  writeFileSync(
    path,
    readSeedBrief().replace("MAY 3, 2023 (REPORTING PERIOD: MARCH 28 - APRIL 24)", header),
  );
  return path;
}

/** A data folder with its own copy of the registries, for runs that update them. */
function dataFolderWithRegistries(name: string): { manifest: string; out: string; dir: string } {
  const dir = join(work, name);
  mkdirSync(join(dir, "briefs"), { recursive: true });
  cpSync(resolve("public/data/registries"), join(dir, "registries"), { recursive: true });
  const manifest = join(dir, "index.json");
  const registry = (file: string) => `registries/${file}`;
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
  return { manifest, out: join(dir, "briefs"), dir };
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

  it("revises the manifest whenever a listed file is written, and `npm run revise` after a hand edit", () => {
    const { manifest, out, dir } = dataFolderWithRegistries("revision");
    const revisionOf = () =>
      (JSON.parse(readFileSync(manifest, "utf8")) as { revision?: string }).revision;
    expect(ingest(SEED_BRIEF, "--out", out, "--manifest", manifest).code).toBe(0);
    const first = revisionOf();
    expect(first).toMatch(/^[0-9a-f]{64}$/);

    const file = join(out, "2023-05-03-china-industries.json");
    writeFileSync(file, readFileSync(file, "utf8").replace("Alexander Brown", "A. Brown"));
    const stale = revise("--check", manifest);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("the revision does not match the files it lists");
    expect(stale.stderr).toContain("run `npm run revise`");

    const again = ingest(SEED_BRIEF, "--out", out, "--manifest", manifest, "--force");
    expect(again.stdout).toContain(`and updated the revision in ${manifest}`);
    expect(revisionOf()).toBe(first);

    const countries = join(dir, "registries/countries.json");
    writeFileSync(countries, JSON.stringify(JSON.parse(readFileSync(countries, "utf8"))));
    expect(revise(manifest).code).toBe(0);
    expect(revisionOf()).not.toBe(first);
    expect(revise("--check", manifest).stdout).toContain("the revision is current");
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

  it("gives an item whose id an earlier brief uses another id, so the app shows both briefs", async () => {
    const { manifest, out } = dataFolder("clash");
    const earlier = republished(
      "earlier.txt",
      "JUNE 7, 2023 (REPORTING PERIOD: APRIL 25 - JUNE 2)",
    );
    expect(ingest(earlier, "--out", out, "--manifest", manifest).code).toBe(0);
    const later = republished("later.txt", "JULY 5, 2023 (REPORTING PERIOD: JUNE 3 - JULY 1)");
    const run = ingest(later, "--out", out, "--manifest", manifest);
    expect(run.code).toBe(0);
    const written = BriefSchema.parse(
      JSON.parse(readFileSync(join(out, "2023-07-05-china-industries.json"), "utf8")),
    );
    expect(written.top5[0]?.id).toBe("2023-04-14-going-hammer-tongs-china-2");
    const dataset = await loadFromDisk(manifest);
    expect(dataset.briefs.map((b) => b.id)).toEqual([
      "2023-07-05-china-industries",
      "2023-06-07-china-industries",
    ]);
    expect(dataset.briefs[0]?.policies).toHaveLength(13);
    expect(dataset.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("refuses a brief whose id another file of the dataset already has", () => {
    const { manifest, out } = dataFolder("same-id");
    expect(ingest(SEED_BRIEF, "--out", out, "--manifest", manifest).code).toBe(0);
    const elsewhere = join(work, "same-id", "elsewhere");
    mkdirSync(elsewhere);
    const run = ingest(SEED_BRIEF, "--out", elsewhere, "--manifest", manifest);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "brief '2023-05-03-china-industries' is already in the dataset as briefs/2023-05-03-china-industries.json",
    );
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it("loses no manifest entry when six ingests write to one manifest at once", async () => {
    const { manifest, out } = dataFolder("concurrent");
    const inputs = [1, 2, 3, 4, 5, 6].map((day) =>
      republished(`day-${day}.txt`, `JUNE ${day}, 2023 (REPORTING PERIOD: APRIL 25 - JUNE 1)`),
    );
    const runs = await ingestAtOnce(
      inputs.map((input) => [input, "--out", out, "--manifest", manifest]),
    );
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0, 0, 0]);
    const dataset = await loadFromDisk(manifest);
    expect(dataset.briefs).toHaveLength(6);
    expect(dataset.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(existsSync(`${manifest}.lock`)).toBe(false);
  }, 300_000);

  it("waits for a lock held by a running process and says so, and removes one left by a dead process", () => {
    const { manifest, out } = dataFolder("locked");
    const lock = `${manifest}.lock`;
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), since: "then" }));
    const held = ingest(SEED_BRIEF, "--out", out, "--manifest", manifest, "--lock-wait", "1");
    expect(held.code).toBe(1);
    expect(held.stderr).toContain(
      `another ingest is writing to ${manifest} (pid ${process.pid} on ${hostname()}, since then) and did not finish within 1 s; run again when it is done, or, if no ingest is running, delete ${lock}`,
    );
    expect(readdirSync(out)).toEqual([]);
    const dead = spawnSync("node", ["-e", "process.pid"]).pid ?? 0;
    writeFileSync(lock, JSON.stringify({ pid: dead, host: hostname(), since: "then" }));
    const run = ingest(SEED_BRIEF, "--out", out, "--manifest", manifest);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `Removed a stale lock ${lock} (its ingest, pid ${dead}, is no longer running).`,
    );
    expect(existsSync(lock)).toBe(false);
  });

  it("writes the registries with the brief or not at all (--update-registries)", () => {
    const { manifest, out, dir } = dataFolderWithRegistries("registries");
    const input = join(work, "kitsune.txt");
    writeFileSync(
      input,
      [
        "JUNE 7, 2023 (REPORTING PERIOD: APRIL 25 - JUNE 2)",
        "",
        "Corporate news",
        "",
        "- *May 3:* Japanese automaker Kitsune Motors signed an agreement with Tesla ([Test article](#))",
      ].join("\n"),
    );
    const companies = join(dir, "registries", "companies.json");
    const before = readFileSync(companies, "utf8");
    const briefFile = join(out, "2023-06-07-china-industries.json");
    writeFileSync(briefFile, "keep me");
    const refused = ingest(input, "--out", out, "--manifest", manifest, "--update-registries");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("exists; run again with --force");
    expect(readFileSync(companies, "utf8")).toBe(before);
    expect(readFileSync(briefFile, "utf8")).toBe("keep me");
    const run = ingest(
      input,
      "--out",
      out,
      "--manifest",
      manifest,
      "--update-registries",
      "--force",
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Added company 'kitsune-motors' (Kitsune Motors, JP)");
    expect(readFileSync(companies, "utf8")).toContain('"id": "kitsune-motors"');
    expect(readdirSync(out)).toEqual(["2023-06-07-china-industries.json"]);
    expect(readdirSync(join(dir, "registries")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("reads a brief saved as UTF-16 as the UTF-8 one, says so, and refuses a binary file", () => {
    const { manifest, out } = dataFolder("utf16");
    const utf16 = join(work, "brief-utf16.txt");
    writeFileSync(utf16, Buffer.from(`\ufeff${readSeedBrief()}`, "utf16le"));
    const asUtf16 = ingest(utf16, "--out", out, "--manifest", manifest, "--dry-run");
    const asUtf8 = ingest(SEED_BRIEF, "--out", out, "--manifest", manifest, "--dry-run");
    expect(asUtf16.code).toBe(0);
    const notice = `${utf16} is UTF-16 (little-endian) text; it was read as such\n`;
    expect(asUtf16.stdout).toContain(notice);
    expect(asUtf16.stdout.replace(notice, "")).toBe(asUtf8.stdout);
    const binary = join(work, "brief.doc");
    writeFileSync(
      binary,
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0xff, 0x80]),
    );
    const refused = ingest(binary, "--out", out, "--manifest", manifest, "--dry-run");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${binary} is not text in UTF-8, UTF-16 or GB18030/GBK`);
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

  it("lists the brief's documents that an earlier brief already reports, and merges nothing", () => {
    const { manifest, out } = dataFolder("matches");
    // A synthetic earlier brief that reports the shipped brief's second Top 5 document by its
    // Chinese title, as a news item.
    const earlier = {
      id: "synthetic-2023-03",
      series: "Synthetic China Industries (test)",
      publishedOn: "2023-04-03",
      reportingPeriod: { start: "2023-02-25", end: "2023-03-24" },
      top5: [],
      policyNews: [
        {
          id: "synthetic-draft-mention",
          date: "2023-03-20",
          issuingBodies: ["cac"],
          text: "[Synthetic] CAC sought comment on draft measures.",
          document: { titleZh: "生成式人工智能服务管理办法（征求意见稿）" },
        },
      ],
    };
    writeFileSync(join(out, "synthetic-2023-03.json"), JSON.stringify(earlier));
    const listed = JSON.parse(readFileSync(manifest, "utf8")) as Record<string, unknown>;
    writeFileSync(
      manifest,
      JSON.stringify({ ...listed, briefs: ["briefs/synthetic-2023-03.json"] }),
    );
    const run = ingest(SEED_BRIEF, "--out", out, "--manifest", manifest, "--dry-run");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Documents that may already be in the data (1;");
    expect(run.stdout).toContain(
      "2023-04-11-generative-ai-measures may be synthetic-draft-mention in synthetic-2023-03: same Chinese title",
    );
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
