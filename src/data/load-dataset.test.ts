import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import {
  diskFetch,
  DISK_BASE_URL,
  loadShippedDataset,
  MANY_BRIEFS_DATA_DIR,
  readFixture,
  SHIPPED_DATA_DIR,
  shippedBriefWithCopies,
} from "../../tests/disk-dataset";
import { FIRST_LOOK_ITEMS } from "@/data/first-look";
import { loadDataset, type LoadProgress } from "@/data/load-dataset";
import type { Dataset } from "@/data/model";
import { formatProblem } from "@/data/problems";
import { readFileSync } from "node:fs";

const shippedManifest = JSON.parse(readFileSync("public/data/index.json", "utf8")) as {
  briefs: string[];
};

/** A brief file as JSON, loosely typed so a test can break it. */
type BriefJson = Record<string, unknown> & {
  top5: Record<string, unknown>[];
  policyNews: Record<string, unknown>[];
  corporateNews: Record<string, unknown>[];
};

/** The shipped dataset with extra brief files added to the manifest. */
async function withExtraBriefs(files: Record<string, string | null>) {
  const manifest = {
    ...shippedManifest,
    briefs: [...shippedManifest.briefs, ...Object.keys(files)],
  };
  return loadShippedDataset({ "index.json": JSON.stringify(manifest), ...files });
}

describe("loadDataset", () => {
  it("leaves out only the item with a bad date, naming file, JSON path and the value found", async () => {
    const dataset = await withExtraBriefs({
      "briefs/2023-05.json": await readFixture("briefs/bad-date.json"),
    });
    expect(dataset.problems.map(formatProblem)).toContain(
      "briefs/2023-05.json → corporateNews[3].date: expected a date like 2023-04-06, got 'April 6'; this item is left out",
    );
    expect(dataset.problems.map(formatProblem)).toContain(
      "briefs/2023-05.json: unknown field 'publishd'; check the spelling against the JSON Schema",
    );
    expect(dataset.briefs.map((b) => b.id)).toEqual(["2023-05-03-china-industries", "broken-date"]);
    const shown = dataset.corporateNews.filter((n) => n.briefId === "broken-date");
    expect(shown).toHaveLength(5);
    expect(shown.map((n) => n.id)).not.toContain(
      "broken-date-2023-04-09-tesla-shanghai-megapack-factory",
    );
  });

  it("keeps the brief's other items when one item is invalid, and the targets of valid policies", async () => {
    const brief = JSON.parse(await readFixture("briefs/bad-date.json")) as BriefJson;
    delete brief.publishd;
    brief.policyNews[0] = { ...brief.policyNews[0], issuingBodies: [] };
    const dataset = await withExtraBriefs({ "briefs/item.json": JSON.stringify(brief) });
    const messages = dataset.problems.map(formatProblem);
    expect(messages).toContain(
      "briefs/item.json → policyNews[0].issuingBodies: Too small: expected array to have >=1 items; this item is left out",
    );
    const policies = dataset.policies.filter((p) => p.briefId === "broken-date");
    expect(policies).toHaveLength(brief.top5.length + brief.policyNews.length - 1);
    expect(dataset.targets.filter((t) => t.briefId === "broken-date").length).toBeGreaterThan(0);
  });

  it.each(["0000-02-29", "9999-12-31", "1900-01"])(
    "reports the implausible date %s and leaves out only its item",
    async (iso) => {
      const brief = JSON.parse(await readFixture("briefs/bad-date.json")) as BriefJson;
      delete brief.publishd;
      brief.corporateNews[3] = { ...brief.corporateNews[3], date: iso };
      const dataset = await withExtraBriefs({ "briefs/years.json": JSON.stringify(brief) });
      expect(dataset.problems.map(formatProblem)).toEqual([
        `briefs/years.json → corporateNews[3].date: '${iso}' is outside the plausible years 1949–2100; check the year; this item is left out`,
      ]);
      expect(dataset.corporateNews.filter((n) => n.briefId === "broken-date")).toHaveLength(5);
    },
  );

  it("refuses a brief only when its header cannot be read, naming the field", async () => {
    const brief = JSON.parse(await readFixture("briefs/bad-date.json")) as BriefJson;
    delete brief.publishd;
    brief.publishedOn = "soon";
    const dataset = await withExtraBriefs({ "briefs/head.json": JSON.stringify(brief) });
    expect(dataset.problems.map(formatProblem)).toEqual([
      "briefs/head.json → publishedOn: expected a date like 2023-04-06, got 'soon'",
    ]);
    expect(dataset.briefs).toHaveLength(1);
  });

  it("leaves out Top 5 items past the fifth", async () => {
    const brief = JSON.parse(await readFixture("briefs/bad-date.json")) as BriefJson;
    delete brief.publishd;
    brief.top5.push({ ...brief.top5[0], id: "broken-sixth", rank: 5 });
    const dataset = await withExtraBriefs({ "briefs/six.json": JSON.stringify(brief) });
    expect(dataset.problems.map(formatProblem)).toContain(
      "briefs/six.json → top5[5]: the Top 5 has at most 5 items; this item is left out",
    );
    expect(
      dataset.policies.filter((p) => p.briefId === "broken-date" && p.kind === "top5"),
    ).toHaveLength(5);
  });

  it("reports a file that is not JSON", async () => {
    const dataset = await withExtraBriefs({
      "briefs/cut.json": await readFixture("briefs/not-json.json"),
    });
    expect(dataset.problems).toHaveLength(1);
    expect(dataset.problems[0]?.message).toMatch(/^is not valid JSON/);
    expect(dataset.briefs).toHaveLength(1);
  });

  it("reports a missing brief as not found", async () => {
    const dataset = await withExtraBriefs({ "briefs/missing.json": null });
    expect(dataset.problems.map(formatProblem)).toEqual([
      "briefs/missing.json: was not found (404); check the file name in the manifest",
    ]);
  });

  it("reports a web page served in place of a missing file as not found", async () => {
    const html = new Response("<!doctype html><html></html>", {
      headers: { "content-type": "text/html" },
    });
    const fetchHtml = (url: string) =>
      url.endsWith("briefs/spa.json")
        ? Promise.resolve(html)
        : diskFetch(SHIPPED_DATA_DIR, {
            "index.json": JSON.stringify({
              ...shippedManifest,
              briefs: [...shippedManifest.briefs, "briefs/spa.json"],
            }),
          })(url);
    const dataset = await loadDataset("http://data.test/", fetchHtml);
    expect(dataset.problems.map(formatProblem)).toEqual([
      "briefs/spa.json: was not found (the server sent a web page, not JSON); check the file name in the manifest",
    ]);
  });

  it("reports unknown issuer, company and sector references and keeps their items", async () => {
    const dataset = await withExtraBriefs({
      "briefs/refs.json": await readFixture("briefs/unknown-references.json"),
    });
    const messages = dataset.problems.map(formatProblem);
    expect(messages).toContain(
      "briefs/refs.json → policyNews[0].issuingBodies[1]: unknown issuing body 'mofcom-x'; add it to the issuing-bodies registry or fix the id",
    );
    expect(messages.some((m) => m.includes("unknown company 'acme-industrial'"))).toBe(true);
    expect(messages.some((m) => m.includes("targets[0].sector: unknown sector"))).toBe(true);
    const news = dataset.policies.find(
      (p) => p.id.startsWith("unknown-refs-") && p.kind === "news",
    );
    expect(news?.issuingBodies.map((b) => b.id)).toEqual(["miit"]);
  });

  it("reports duplicate ids and dates outside the reporting period", async () => {
    const dataset = await withExtraBriefs({
      "briefs/dup.json": await readFixture("briefs/duplicate-ids.json"),
    });
    const messages = dataset.problems.map(formatProblem);
    expect(
      messages.some((m) => m.startsWith("briefs/dup.json → policyNews[1].id: duplicate id")),
    ).toBe(true);
    expect(messages).toContain(
      "briefs/dup.json → corporateNews[5].date: 2022-01-15 is outside the reporting period 2023-03-28 – 2023-04-24",
    );
  });

  it("skips a brief whose own id is already used by a loaded one", async () => {
    const shipped = readFileSync("public/data/briefs/2023-05-03-china-industries.json", "utf8");
    const dataset = await withExtraBriefs({ "briefs/copy.json": shipped });
    expect(dataset.briefs).toHaveLength(1);
    expect(dataset.problems.map(formatProblem)).toEqual([
      "briefs/copy.json → id: id '2023-05-03-china-industries' is already used in briefs/2023-05-03-china-industries.json; this brief is left out — give it a unique id",
    ]);
  });

  it("leaves out only the item whose id another brief already uses", async () => {
    const shipped = JSON.parse(
      readFileSync("public/data/briefs/2023-05-03-china-industries.json", "utf8"),
    ) as BriefJson;
    const next = JSON.parse(await readFixture("briefs/bad-date.json")) as BriefJson;
    delete next.publishd;
    next.corporateNews.splice(3, 1);
    next.policyNews[1] = { ...next.policyNews[1], id: shipped.policyNews[0]?.id };
    const dataset = await withExtraBriefs({ "briefs/next.json": JSON.stringify(next) });
    expect(dataset.problems.map(formatProblem)).toEqual([
      `briefs/next.json → policyNews[1].id: id '${String(shipped.policyNews[0]?.id)}' is already used in briefs/2023-05-03-china-industries.json; this item is left out — give it a unique id`,
    ]);
    expect(dataset.briefs.map((b) => b.id)).toContain("broken-date");
    expect(dataset.policies.filter((p) => p.briefId === "broken-date")).toHaveLength(
      next.top5.length + next.policyNews.length - 1,
    );
  });

  it("reports a brief without items and still lists it", async () => {
    const empty = {
      id: "2023-06-01-empty",
      series: "MERICS China Industries",
      publishedOn: "2023-06-01",
      reportingPeriod: { start: "2023-04-25", end: "2023-05-28" },
      top5: [],
    };
    const dataset = await withExtraBriefs({ "briefs/empty.json": JSON.stringify(empty) });
    expect(dataset.problems.map(formatProblem)).toEqual([
      "briefs/empty.json: has no items (no Top 5, policy news, corporate news or documents); it is listed but not shown as the latest brief",
    ]);
    expect(dataset.problems[0]?.severity).toBe("warning");
    expect(dataset.briefs.map((b) => b.id)).toEqual([
      "2023-06-01-empty",
      "2023-05-03-china-industries",
    ]);
  });

  it("survives a deeply nested file", async () => {
    const deep = `{"id": ${"[".repeat(50_000)}${"]".repeat(50_000)}}`;
    const dataset = await withExtraBriefs({ "briefs/deep.json": deep });
    expect(dataset.briefs).toHaveLength(1);
    expect(dataset.problems.length).toBeGreaterThan(0);
  });

  it("refuses a file over the size limit", async () => {
    const huge = `{"pad": "${"x".repeat(51 * 1024 * 1024)}"}`;
    const dataset = await withExtraBriefs({ "briefs/huge.json": huge });
    expect(dataset.problems.map(formatProblem)).toEqual([
      "briefs/huge.json: is 51 MB, over the 50 MB limit; split it into smaller files",
    ]);
  });

  it("keeps unsafe URLs as plain labels", async () => {
    const dataset = await withExtraBriefs({
      "briefs/hostile.json": await readFixture("briefs/hostile-content.json"),
    });
    const item = dataset.corporateNews.find((n) => n.id.startsWith("hostile-"));
    expect(item?.sources).toEqual([
      { label: "Click me", url: null },
      { label: "Real source", url: "https://www.merics.org/en" },
    ]);
  });

  it("never takes a bare 'Link' label, which names nothing, for a source", async () => {
    const dataset = await withExtraBriefs({
      "briefs/hostile.json": await readFixture("briefs/hostile-content.json"),
    });
    // The fixture was copied from a brief ingested before issue 14: "([Link](#))" after titles.
    const top5 = dataset.policies.filter((p) => p.id.startsWith("hostile-") && p.kind === "top5");
    expect(top5).toHaveLength(5);
    expect(top5.map((policy) => policy.sources)).toEqual([[], [], [], [], []]);
  });

  it("fails as a whole, naming the file, when the manifest is missing", async () => {
    await expect(loadShippedDataset({ "index.json": null })).rejects.toThrow(
      "index.json: was not found (404); check the file name in the manifest",
    );
  });
});

describe("loadDataset's first look", () => {
  it("gives the registries and the manifest's last brief first, then every brief", async () => {
    const manifest = JSON.parse(await readFile(`${MANY_BRIEFS_DATA_DIR}index.json`, "utf8")) as {
      briefs: string[];
    };
    const firstLooks: Dataset[] = [];
    const dataset = await loadDataset(DISK_BASE_URL, diskFetch(MANY_BRIEFS_DATA_DIR), undefined, {
      onFirstLook: (firstLook) => firstLooks.push(firstLook),
    });
    expect(firstLooks).toHaveLength(1);
    const [firstLook] = firstLooks;
    expect(firstLook?.briefs.map((b) => b.file)).toEqual([manifest.briefs.at(-1)]);
    expect(firstLook?.registries.issuingBodies).toHaveLength(
      dataset.registries.issuingBodies.length,
    );
    expect(dataset.briefs).toHaveLength(manifest.briefs.length);
    expect(dataset.briefs[0]?.id).toBe(firstLook?.briefs[0]?.id);
  });

  it("gives the first items of a brief too large to check at once, then the whole brief", async () => {
    const bad = FIRST_LOOK_ITEMS + 100;
    const { file, text, brief } = await shippedBriefWithCopies(
      FIRST_LOOK_ITEMS + 500,
      (item, at) => (at === bad ? { ...item, date: "2023-02-30" } : item),
    );
    const copies = brief.corporateNews ?? [];
    const firstLooks: Dataset[] = [];
    const progress: LoadProgress[] = [];
    const dataset = await loadDataset(
      DISK_BASE_URL,
      diskFetch(SHIPPED_DATA_DIR, { [file]: text }),
      undefined,
      {
        onFirstLook: (firstLook) => firstLooks.push(firstLook),
        onProgress: (step) => progress.push(step),
      },
    );
    const [firstLook] = firstLooks;
    expect(firstLooks).toHaveLength(1);
    expect(firstLook?.corporateNews.map((item) => item.id)).toEqual(
      Array.from({ length: FIRST_LOOK_ITEMS }, (_, at) => `copy-${at}`),
    );
    expect(firstLook?.policies).toHaveLength(dataset.policies.length);
    expect(firstLook?.targets).toHaveLength(dataset.targets.length);
    // Its items' problems wait for the whole brief, where their paths are the file's.
    expect(firstLook?.problems).toEqual([]);
    const items =
      (brief.top5?.length ?? 0) +
      (brief.policyNews?.length ?? 0) +
      copies.length +
      (brief.targets?.length ?? 0);
    expect(progress.at(-1)).toEqual({
      loaded: 5,
      total: 5,
      briefItems: { shown: items - 500, of: items },
    });
    expect(dataset.corporateNews).toHaveLength(copies.length - 1);
    expect(dataset.problems.map(formatProblem)).toEqual([
      `${file} → corporateNews[${bad}].date: expected a date like 2023-04-06, got '2023-02-30'; this item is left out`,
    ]);
  });

  it("gives none when the manifest lists one brief of ordinary size: the whole load is as quick", async () => {
    const firstLooks: Dataset[] = [];
    await loadDataset(DISK_BASE_URL, diskFetch(SHIPPED_DATA_DIR), undefined, {
      onFirstLook: (firstLook) => firstLooks.push(firstLook),
    });
    expect(firstLooks).toEqual([]);
  });
});
