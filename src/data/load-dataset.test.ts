import { describe, expect, it } from "vitest";
import {
  diskFetch,
  loadShippedDataset,
  readFixture,
  SHIPPED_DATA_DIR,
} from "../../tests/disk-dataset";
import { loadDataset } from "@/data/load-dataset";
import { formatProblem } from "@/data/problems";
import { readFileSync } from "node:fs";

const shippedManifest = JSON.parse(readFileSync("public/data/index.json", "utf8")) as {
  briefs: string[];
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
  it("reports a bad date with file, JSON path and the value found, and keeps the valid brief", async () => {
    const dataset = await withExtraBriefs({
      "briefs/2023-05.json": await readFixture("briefs/bad-date.json"),
    });
    expect(dataset.problems.map(formatProblem)).toContain(
      "briefs/2023-05.json → corporateNews[3].date: expected a date like 2023-04-06, got 'April 6'",
    );
    expect(dataset.problems.map(formatProblem)).toContain(
      "briefs/2023-05.json: unknown field 'publishd'; check the spelling against the JSON Schema",
    );
    expect(dataset.briefs.map((b) => b.id)).toEqual(["2023-05-03-china-industries"]);
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

  it("skips a brief whose ids clash with an already loaded one", async () => {
    const shipped = readFileSync("public/data/briefs/2023-05-03-china-industries.json", "utf8");
    const dataset = await withExtraBriefs({ "briefs/copy.json": shipped });
    expect(dataset.briefs).toHaveLength(1);
    expect(dataset.problems[0]?.message).toMatch(
      /already used in briefs\/2023-05-03-china-industries.json/,
    );
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

  it("fails as a whole, naming the file, when the manifest is missing", async () => {
    await expect(loadShippedDataset({ "index.json": null })).rejects.toThrow(
      "index.json: was not found (404); check the file name in the manifest",
    );
  });
});
