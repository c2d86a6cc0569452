import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateOutput } from "../../scripts/ingest-validate";
import {
  readSeedAnnotations,
  readSeedBrief,
  readShippedRegistries,
} from "../../tests/unit/ingest-inputs";
import { parseBrief } from "./parse-brief";

const registries = readShippedRegistries();
const annotations = readSeedAnnotations();
const seedLines = readSeedBrief().split("\n");
// INGEST_RUNS=5000 runs a longer search locally; the suite keeps to 200 on its two cores.
const RUNS = { numRuns: Number(process.env.INGEST_RUNS ?? 200) };
const TIMEOUT = 60_000;

/** One edit of a brief's lines: what a bad extraction, a careless copy or a truncation does. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("swap" as const), at: fc.nat(), with: fc.nat() }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.string({ unit: "grapheme" }),
  }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("splice" as const),
    at: fc.nat(),
    cut: fc.nat(),
    text: fc.string(),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(lines: string[], edit: Mutation): string[] {
  if (lines.length === 0) return lines;
  const at = edit.at % lines.length;
  const line = lines[at] ?? "";
  switch (edit.kind) {
    case "delete":
      return lines.toSpliced(at, 1);
    case "duplicate":
      return lines.toSpliced(at, 0, line);
    case "swap": {
      const other = edit.with % lines.length;
      return lines.map((l, i) => (i === at ? (lines[other] ?? l) : i === other ? line : l));
    }
    case "insert":
      return lines.toSpliced(at, 0, edit.text);
    case "truncate":
      return lines.slice(0, at);
    case "splice": {
      const cut = edit.cut % (line.length + 1);
      return lines.toSpliced(at, 1, line.slice(0, cut) + edit.text + line.slice(cut));
    }
  }
}

const mutatedBrief = fc
  .array(mutation, { minLength: 1, maxLength: 6 })
  .map((edits) => edits.reduce(mutate, seedLines).join("\n"));

/** Random briefs: lines drawn from the seed brief, brief-like fragments and noise, in any order. */
const FRAGMENTS = [
  "MERICS TOP 5",
  "NOTEWORTHY",
  "Policy news",
  "Corporate news",
  "AUTHORS",
  "CONTENTS",
  "1. A headline",
  "At a glance:",
  "MERICS comment:",
  "Article: Title (标题) ([Link](#))",
  "Issuing bodies: MIIT, ???",
  "Date: February 30, 2023",
  "- *April 31:* The MIIT did something ([MIIT notice](#))",
  "- *December 1:* Tesla signed with the Unknown Company Corp. ([x](#))",
  "JANUARY 5, 2024 (REPORTING PERIOD: DECEMBER 1 - JANUARY 4)",
  "[unclosed](",
  "((((",
  "",
];
const randomBrief = fc
  .array(fc.oneof(fc.constantFrom(...seedLines), fc.constantFrom(...FRAGMENTS), fc.string()), {
    maxLength: 60,
  })
  .map((lines) => lines.join("\n"));

/** Checks the contract on one text; true when it parsed, so its output was validated too. */
function checkContract(text: string): boolean {
  const first = parseBrief(text, { registries, annotations });
  const again = parseBrief(text, { registries, annotations });
  expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  const { used, skipped, unparsed } = first.report;
  const accounted = [...used, ...skipped.map((s) => s.line), ...unparsed.map((u) => u.line)];
  const nonBlank = text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .flatMap((line, at) => (line.trim() === "" ? [] : [at + 1]));
  expect(accounted.sort((a, b) => a - b)).toEqual(nonBlank);
  if (first.ok) expect(validateOutput("brief.json", first.brief, registries).errors).toEqual([]);
  else expect(first.error).toMatch(/\w/);
  return first.ok;
}

/** Runs the contract over briefs and says how many parsed (and so had their output validated). */
function countValidated(briefs: fc.Arbitrary<string>): number {
  let validated = 0;
  fc.assert(
    fc.property(briefs, (text) => {
      if (checkContract(text)) validated += 1;
    }),
    RUNS,
  );
  return validated;
}

describe("parseBrief's contract, property-based", () => {
  it(
    "never throws on any string, and accounts for every non-blank line",
    () => {
      fc.assert(
        fc.property(
          fc.string({ unit: "grapheme", maxLength: 400 }),
          (text) => void checkContract(text),
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    "on mutated briefs: same input, same output; every line accounted for; output validates",
    () => {
      // Most edited briefs still parse: the output check runs, it is not skipped.
      expect(countValidated(mutatedBrief)).toBeGreaterThan(RUNS.numRuns / 2);
    },
    TIMEOUT,
  );

  it(
    "on random briefs made of brief lines and noise: the same contract",
    () => {
      fc.assert(
        fc.property(randomBrief, (text) => void checkContract(text)),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
