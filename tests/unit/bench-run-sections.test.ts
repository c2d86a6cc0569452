import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createBenchContext } from "../../bench/context";
import { runSections, selectSections } from "../../bench/run-sections";
import { dataLoadSection } from "../../bench/sections/data-load";
import { dataSizeSection } from "../../bench/sections/data-size";
import type { BenchContext, BenchSection } from "../../bench/types";

const workDir = mkdtempSync(join(tmpdir(), "bench-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
const context: BenchContext = createBenchContext({ quick: true, workDir, log: () => {} });

const section = (id: string, run: BenchSection["run"]): BenchSection => ({ id, title: id, run });
const fine = section("fine", () =>
  Promise.resolve([{ metric: "m", value: 1, unit: "ms", better: "lower" }]),
);
const broken = section("broken", () => Promise.reject(new Error("no Chromium")));

describe("selectSections", () => {
  it("runs every section without --only, and the named ones with it", () => {
    expect(selectSections([fine, broken], null)).toEqual([fine, broken]);
    expect(selectSections([fine, broken], ["broken"])).toEqual([broken]);
  });

  it("refuses a name it does not know, listing the known ones", () => {
    expect(() => selectSections([fine, broken], ["fien"])).toThrow(
      "unknown section fien; the sections are fine, broken",
    );
  });
});

describe("runSections", () => {
  it("records a failing section and still runs the next", async () => {
    let clock = 0;
    const results = await runSections([broken, fine], context, () => (clock += 500));
    expect(results).toEqual([
      { id: "broken", title: "broken", seconds: 0.5, rows: [], error: "no Chromium" },
      {
        id: "fine",
        title: "fine",
        seconds: 0.5,
        rows: [{ metric: "m", value: 1, unit: "ms", better: "lower" }],
      },
    ]);
  });
});

describe("the data sections on a quick run", () => {
  it("measure loading beside JSON.parse, and the generated data on the wire", async () => {
    const [load, size] = await runSections([dataLoadSection, dataSizeSection], context);
    expect(load?.error).toBeUndefined();
    expect(load?.rows.map((r) => r.metric)).toEqual([
      "Load and validate 100 policies / 1,000 news items",
      "Load and validate 1,000 policies / 10,000 news items",
    ]);
    expect(load?.rows.every((r) => r.value > 0 && (r.baseline?.value ?? 0) > 0)).toBe(true);
    expect(size?.rows.find((r) => r.metric.endsWith("gzip") && r.budget === 8)?.value).toBeLessThan(
      8,
    );
  }, 60_000);
});
