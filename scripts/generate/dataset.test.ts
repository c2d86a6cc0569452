import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { loadDiskDataset } from "../../tests/disk-dataset";
import { generateDataset, type GenerateOptions } from "./dataset";
import { readSectorVocabulary, writeDataset } from "./write-dataset";

const sectors = readSectorVocabulary();
const small: GenerateOptions = {
  seed: 7,
  briefs: 4,
  policies: 60,
  news: 300,
  companies: 80,
  countries: 12,
  sectors,
};
const folders: string[] = [];

async function loadGenerated(options: GenerateOptions) {
  const dir = mkdtempSync(join(tmpdir(), "synthetic-"));
  folders.push(dir);
  writeDataset(generateDataset(options), dir);
  return loadDiskDataset(`${dir}/`);
}

afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("generateDataset", () => {
  it("writes the same bytes for the same seed", () => {
    expect(generateDataset(small)).toEqual(generateDataset(small));
  });

  it("writes different data for another seed", () => {
    const other = generateDataset({ ...small, seed: 8 });
    const texts = (files: { text: string }[]) => files.map((f) => f.text).join("");
    expect(texts(other)).not.toBe(texts(generateDataset(small)));
  });

  it("loads through the real loader with no problems, marked synthetic", async () => {
    const dataset = await loadGenerated(small);
    expect(dataset.problems).toEqual([]);
    expect(dataset.synthetic).toBe(true);
    expect(dataset.briefs).toHaveLength(4);
    expect(dataset.policies).toHaveLength(60);
    expect(dataset.corporateNews).toHaveLength(300);
    expect(dataset.registries.companies).toHaveLength(80);
    expect(dataset.registries.countries).toHaveLength(12);
    expect(dataset.registries.issuingBodies).toHaveLength(40);
  });

  it("labels every brief, record and name as synthetic", async () => {
    const dataset = await loadGenerated(small);
    const texts = [
      ...dataset.briefs.map((b) => b.series),
      ...dataset.policies.map((p) => p.headline ?? p.summary),
      ...dataset.corporateNews.map((n) => n.text),
      ...dataset.registries.companies.map((c) => c.name),
      ...dataset.registries.issuingBodies.map((b) => b.nameEn),
    ];
    expect(texts.filter((text) => !/^(\[Synthetic\] |Synthetic )/.test(text))).toEqual([]);
    expect(dataset.targets.filter((t) => !t.text.toLowerCase().includes("synthetic"))).toEqual([]);
  });

  it("has the shape of real briefs: co-issuers, numeric targets, cross-border news", async () => {
    const dataset = await loadGenerated({ ...small, briefs: 12, policies: 2000, news: 2000 });
    const issuerCounts = dataset.policies.map((p) => p.issuingBodies.length);
    const share = (test: (n: number) => boolean) =>
      issuerCounts.filter(test).length / issuerCounts.length;
    expect(share((n) => n === 1)).toBeGreaterThan(0.6);
    expect(share((n) => n === 2 || n === 3)).toBeGreaterThan(0.15);
    expect(share((n) => n >= 5 && n <= 8)).toBeGreaterThan(0.02);
    expect(dataset.targets.filter((t) => t.quantities.length > 0).length).toBeGreaterThan(300);
    const crossBorder = dataset.corporateNews.filter(
      (n) => new Set(n.companies.map((c) => c.country.code)).size > 1,
    );
    expect(crossBorder.length / dataset.corporateNews.length).toBeGreaterThan(0.25);
    const countries = new Set(dataset.registries.companies.map((c) => c.country.code));
    expect(countries.size).toBe(12);
  });

  it("gives no two generated documents the same number", async () => {
    const dataset = await loadGenerated({ ...small, briefs: 12, policies: 2000, news: 20 });
    const numbers = dataset.policies.flatMap((p) => p.title.number ?? []);
    expect(numbers.length).toBeGreaterThan(20);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it("keeps 10,000 policies and 100,000 news items within 8 MB gzip", () => {
    const files = generateDataset({
      ...small,
      briefs: 120,
      policies: 10_000,
      news: 100_000,
      companies: 5000,
      countries: 60,
    });
    const gzipBytes = files.reduce((sum, f) => sum + gzipSync(f.text).byteLength, 0);
    // 8 MB in decimal megabytes, as the bench reports sizes.
    expect(gzipBytes).toBeLessThan(8_000_000);
  }, 60_000);
});
