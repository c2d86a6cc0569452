import { describe, expect, it } from "vitest";
import {
  loadDiskDataset,
  loadShippedDataset,
  MANY_BRIEFS_DATA_DIR,
} from "../../tests/disk-dataset";
import { datasetAssembler, datasetParts, type DatasetPart } from "@/data/dataset-parts";
import { datasetOf, type Dataset } from "@/data/model";

const shipped = await loadShippedDataset();
const many = await loadDiskDataset(MANY_BRIEFS_DATA_DIR);

/** The parts as the page receives them: each one structured-cloned on its own, as postMessage does. */
function acrossThreads(
  dataset: Dataset,
  size?: number,
): { parts: DatasetPart[]; dataset: Dataset } {
  const parts = [...datasetParts(dataset, size)].map((part) => structuredClone(part));
  const assembler = datasetAssembler();
  parts.forEach((part) => assembler.add(part));
  return {
    parts,
    dataset: assembler.finish(
      structuredClone({ synthetic: dataset.synthetic, problems: dataset.problems }),
    ),
  };
}

const records = (part: DatasetPart) =>
  part.type === "records"
    ? part.policies.length + part.targets.length + part.corporateNews.length
    : 0;

describe("the dataset in parts", () => {
  it.each([
    ["the shipped brief", shipped],
    ["24 monthly briefs", many],
  ])("gives back %s whole, briefs and lists in order", (_, dataset) => {
    expect(acrossThreads(dataset).dataset).toEqual(dataset);
  });

  it("splits a brief larger than a part, and no part holds more records than its size", () => {
    const [brief] = shipped.briefs;
    const size = 4;
    const { parts, dataset } = acrossThreads(shipped, size);
    const total =
      (brief?.policies.length ?? 0) +
      (brief?.targets.length ?? 0) +
      (brief?.corporateNews.length ?? 0);
    expect(parts.filter((part) => part.type === "records")).toHaveLength(Math.ceil(total / size));
    expect(Math.max(...parts.map(records))).toBe(size);
    expect(dataset.policies.map((p) => p.id)).toEqual(shipped.policies.map((p) => p.id));
    expect(dataset.corporateNews.map((n) => n.id)).toEqual(shipped.corporateNews.map((n) => n.id));
  });

  it("points every record at the one registry record it names, across parts", () => {
    const { dataset } = acrossThreads(many, 50);
    const body = (id: string) => dataset.registries.issuingBodies.find((b) => b.id === id);
    for (const policy of dataset.policies)
      for (const issuer of policy.issuingBodies) expect(issuer).toBe(body(issuer.id));
    for (const news of dataset.corporateNews) {
      for (const company of news.companies)
        expect(company).toBe(dataset.registries.companies.find((c) => c.id === company.id));
      if (news.location) expect(dataset.registries.countries).toContain(news.location.country);
    }
    for (const target of dataset.targets)
      expect(dataset.registries.sectors).toContain(target.sector);
    expect(dataset.briefs[0]?.policies[0]).toBe(dataset.policies[0]);
  });

  it("refuses records before the registries, which they point at", () => {
    const [, records] = [...datasetParts(shipped)];
    if (!records) throw new Error("expected a records part");
    expect(() => datasetAssembler().add(records)).toThrow(
      "a dataset part came before the registries",
    );
  });

  it.each([
    ["policies only", { targets: [], corporateNews: [] }],
    ["policies and targets, no news", { corporateNews: [] }],
    ["news only", { policies: [], targets: [] }],
  ])("splits a brief of %s into parts and gives it back as one brief", (_, lists) => {
    const [brief] = shipped.briefs;
    if (!brief) throw new Error("expected the shipped brief");
    const dataset = datasetOf({ ...shipped, briefs: [{ ...brief, ...lists }] });
    const { parts, dataset: back } = acrossThreads(dataset, 3);
    expect(parts.filter((part) => part.type === "records").length).toBeGreaterThan(1);
    expect(back.briefs).toHaveLength(1);
    expect(back).toEqual(dataset);
  });

  it("refuses records of a brief that has not begun, and a dataset ended before its registries", () => {
    const [registries, first, second] = [...datasetParts(shipped, 4)];
    if (!registries || !first || !second) throw new Error("expected three parts");
    const assembler = datasetAssembler();
    assembler.add(registries);
    expect(() => assembler.add(second)).toThrow("a brief's records came before the brief");
    expect(() => datasetAssembler().finish({ synthetic: false, problems: [] })).toThrow(
      "the dataset ended before its registries came",
    );
  });
});
