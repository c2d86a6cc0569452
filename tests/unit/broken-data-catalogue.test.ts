import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { loadShippedDataset, readFixture } from "../disk-dataset";
import type { Dataset } from "@/data/model";
import { formatProblem } from "@/data/problems";

/**
 * The broken-data catalogue behind the README's reliability figure: each way a brief file can be
 * broken, put into the shipped dataset beside the real brief. Every fault must give a problem
 * naming the file and the JSON path, cost no more than the file (or only the item) it is in, and
 * leave the shipped brief whole.
 */

type Json = Record<string, unknown>;
type Brief = Json & { top5: Json[]; policyNews: Json[]; corporateNews: Json[]; targets: Json[] };

const FILE = "briefs/broken.json";
const shippedManifest = JSON.parse(readFileSync("public/data/index.json", "utf8")) as {
  briefs: string[];
};

/** What a fault may cost: the whole file, one item, or nothing (it is only reported). */
type Outcome = "file refused" | "item left out" | "kept, reported";

interface Fault {
  fault: string;
  /** The broken file's text, from a valid copy of the shipped brief. */
  text: (brief: Brief) => string | null;
  /** Where the problem must point: "" for the file itself, else the JSON path's start. */
  path: string;
  outcome: Outcome;
}

const json = (brief: Brief) => JSON.stringify(brief);
const edit =
  (change: (brief: Brief) => void) =>
  (brief: Brief): string => {
    change(brief);
    return json(brief);
  };
const at = <T>(items: T[], index: number): T => {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
};

const FAULTS: Fault[] = [
  { fault: "file missing (404)", text: () => null, path: "", outcome: "file refused" },
  {
    fault: "cut off halfway",
    text: (b) => json(b).slice(0, 500),
    path: "",
    outcome: "file refused",
  },
  { fault: "empty file", text: () => "", path: "", outcome: "file refused" },
  { fault: "a JSON array, not an object", text: () => "[]", path: "", outcome: "file refused" },
  { fault: "JSON null", text: () => "null", path: "", outcome: "file refused" },
  {
    fault: "no id",
    text: edit((b) => delete b.id),
    path: "id",
    outcome: "file refused",
  },
  {
    fault: "publication date in words",
    text: edit((b) => (b.publishedOn = "May 3, 2023")),
    path: "publishedOn",
    outcome: "file refused",
  },
  {
    fault: "item lists of the wrong type",
    text: edit((b) => (b.policyNews = "none" as unknown as Json[])),
    path: "policyNews",
    outcome: "file refused",
  },
  {
    fault: "reporting period ending before it starts",
    text: edit((b) => (b.reportingPeriod = { start: "2023-04-24", end: "2023-03-28" })),
    path: "reportingPeriod",
    outcome: "kept, reported",
  },
  {
    fault: "unknown top-level field",
    text: edit((b) => (b.publishd = "2023-05-03")),
    path: "",
    outcome: "kept, reported",
  },
  {
    fault: "a null item",
    text: edit((b) => (b.policyNews[2] = null as unknown as Json)),
    path: "policyNews[2]",
    outcome: "item left out",
  },
  {
    fault: "blank text",
    text: edit((b) => (at(b.policyNews, 1).text = "   ")),
    path: "policyNews[1].text",
    outcome: "item left out",
  },
  {
    fault: "a Top 5 item without its document",
    text: edit((b) => delete at(b.top5, 4).document),
    path: "top5[4].document",
    outcome: "item left out",
  },
  {
    fault: "a Top 5 rank of 6",
    text: edit((b) => (at(b.top5, 4).rank = 6)),
    path: "top5[4].rank",
    outcome: "item left out",
  },
  {
    fault: "two Top 5 items ranked 3",
    text: edit((b) => (at(b.top5, 3).rank = 3)),
    path: "top5[3].rank",
    outcome: "kept, reported",
  },
  {
    fault: "six Top 5 items",
    text: edit((b) => b.top5.push({ ...at(b.top5, 0), id: "broken-sixth", rank: 5 })),
    path: "top5[5]",
    // The sixth is the item left out: the five the copy had are all shown.
    outcome: "kept, reported",
  },
  {
    fault: "a date in words",
    text: edit((b) => (at(b.corporateNews, 3).date = "April 6")),
    path: "corporateNews[3].date",
    outcome: "item left out",
  },
  {
    fault: "the year 0000",
    text: edit((b) => (at(b.corporateNews, 2).date = "0000-02-29")),
    path: "corporateNews[2].date",
    outcome: "item left out",
  },
  {
    fault: "a date outside the reporting period",
    text: edit((b) => (at(b.corporateNews, 1).date = "2022-12-01")),
    path: "corporateNews[1].date",
    outcome: "kept, reported",
  },
  {
    fault: "a deal kind the schema does not know",
    text: edit((b) => (at(b.corporateNews, 0).dealKind = "merger")),
    path: "corporateNews[0].dealKind",
    outcome: "item left out",
  },
  {
    fault: "an unknown company",
    text: edit((b) => (at(b.corporateNews, 4).companies = ["no-such-company"])),
    path: "corporateNews[4].companies[0]",
    outcome: "kept, reported",
  },
  {
    fault: "an unknown issuing body",
    text: edit((b) => (at(b.policyNews, 0).issuingBodies = ["no-such-ministry"])),
    path: "policyNews[0].issuingBodies[0]",
    outcome: "kept, reported",
  },
  {
    fault: "an id that is not a slug",
    text: edit((b) => (at(b.policyNews, 3).id = "Policy News 3")),
    path: "policyNews[3].id",
    outcome: "item left out",
  },
  {
    fault: "two items with one id",
    text: edit((b) => (at(b.policyNews, 5).id = at(b.policyNews, 4).id)),
    path: "policyNews[5].id",
    outcome: "item left out",
  },
  {
    fault: "an id the shipped brief already uses",
    text: edit((b) => (at(b.policyNews, 6).id = "2023-03-28-mof-rd-super-deduction")),
    path: "policyNews[6].id",
    outcome: "item left out",
  },
  {
    fault: "a target of a policy not in the brief",
    text: edit((b) => (at(b.targets, 0).policy = "no-such-policy")),
    path: "targets[0].policy",
    outcome: "item left out",
  },
  {
    fault: "a target in an unknown sector",
    text: edit((b) => (at(b.targets, 1).sector = "no-such-sector")),
    path: "targets[1].sector",
    outcome: "item left out",
  },
  {
    fault: "a quantity given as text",
    text: edit((b) => {
      const target = b.targets.find((t) => Array.isArray(t.quantities) && t.quantities.length);
      if (!target) throw new Error("no target with a quantity");
      (target.quantities as Json[])[0] = { ...(target.quantities as Json[])[0], value: "30%" };
    }),
    path: "targets[",
    outcome: "item left out",
  },
];

const itemCount = (dataset: Dataset, briefId: string) =>
  [...dataset.policies, ...dataset.corporateNews, ...dataset.targets].filter(
    (item) => item.briefId === briefId,
  ).length;

let base: Brief;
let clean: Dataset;

beforeAll(async () => {
  base = JSON.parse(await readFixture("briefs/bad-date.json")) as Brief;
  delete base.publishd;
  at(base.corporateNews, 3).date = "2023-04-06";
  clean = await loadWith(json(base));
});

function loadWith(text: string | null): Promise<Dataset> {
  const manifest = { ...shippedManifest, briefs: [...shippedManifest.briefs, FILE] };
  return loadShippedDataset({ "index.json": JSON.stringify(manifest), [FILE]: text });
}

describe("the broken-data catalogue", () => {
  it("starts from a copy of the shipped brief that loads without a problem", () => {
    expect(clean.problems).toEqual([]);
    expect(clean.briefs).toHaveLength(2);
  });

  it.each(FAULTS)("$fault: $outcome, reported at its path", async ({ text, path, outcome }) => {
    const brief = structuredClone(base);
    const dataset = await loadWith(text(brief));
    const shippedId = "2023-05-03-china-industries";
    const brokenId = String(base.id);

    // The shipped brief is whole whatever the other file holds.
    expect(itemCount(dataset, shippedId)).toBe(itemCount(clean, shippedId));
    const where = path === "" ? `${FILE}: ` : `${FILE} → ${path}`;
    const reported = dataset.problems.filter((found) => formatProblem(found).startsWith(where));
    expect(reported, dataset.problems.map(formatProblem).join("\n")).not.toHaveLength(0);

    const shown = dataset.briefs.some((b) => b.id === brokenId);
    if (outcome === "file refused") return expect(shown).toBe(false);
    expect(shown).toBe(true);
    const lost = itemCount(clean, brokenId) - itemCount(dataset, brokenId);
    if (outcome === "kept, reported") return expect(lost).toBe(0);
    // The item is left out, with the targets that depend on it when it is a policy.
    expect(lost).toBeGreaterThanOrEqual(1);
    expect(lost).toBeLessThanOrEqual(5);
  });
});
