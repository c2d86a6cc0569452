import { describe, expect, it } from "vitest";
import { diskFetch, SHIPPED_DATA_DIR } from "../../tests/disk-dataset";
import type { AddedBriefs } from "@/data/added-briefs";
import type { StoredBrief } from "@/data/added-briefs-store";
import { loadDataset } from "@/data/load-dataset";
import { formatProblem } from "@/data/problems";

const addedBrief = {
  id: "2023-06-07-china-industries",
  series: "MERICS China Industries",
  publishedOn: "2023-06-07",
  reportingPeriod: { start: "2023-04-25", end: "2023-05-29" },
  top5: [],
  corporateNews: [
    {
      id: "2023-05-02-acme-order",
      date: "2023-05-02",
      text: "Acme Motors ordered batteries.",
      companies: ["acme-motors"],
      dealKind: "order",
    },
  ],
};

function record(overrides: Partial<StoredBrief> = {}): StoredBrief {
  return {
    id: addedBrief.id,
    addedAt: "2026-12-02T10:00:00.000Z",
    source: "june.pdf",
    brief: addedBrief,
    registryAdditions: {
      issuingBodies: [],
      companies: [{ id: "acme-motors", name: "Acme Motors", country: "DE" }],
    },
    ...overrides,
  };
}

function load(added: AddedBriefs) {
  return loadDataset("http://data.test/", diskFetch(SHIPPED_DATA_DIR), added);
}

describe("briefs added on this device", () => {
  it("join the shipped data, marked with when and from what they were added", async () => {
    const dataset = await load({ records: [record()], problems: [] });
    expect(dataset.problems).toEqual([]);
    expect(dataset.briefs.map((b) => [b.id, b.added])).toEqual([
      [addedBrief.id, { at: "2026-12-02T10:00:00.000Z", source: "june.pdf" }],
      ["2023-05-03-china-industries", null],
    ]);
    const news = dataset.corporateNews.find((n) => n.id === "2023-05-02-acme-order");
    expect(news?.companies.map((c) => [c.name, c.country.code])).toEqual([["Acme Motors", "DE"]]);
    expect(dataset.registries.companies.some((c) => c.id === "acme-motors")).toBe(true);
  });

  it("that no longer validate are reported like a bad file and the rest still loads", async () => {
    const stale = record({
      brief: { ...addedBrief, publishedOn: "June 7" },
      registryAdditions: { issuingBodies: [], companies: [{ id: "acme-motors", name: "Acme" }] },
    });
    const dataset = await load({ records: [stale], problems: [] });
    expect(dataset.problems.map(formatProblem)).toEqual(
      expect.arrayContaining([
        "added on this device: 2023-06-07-china-industries → publishedOn: expected a date like 2023-04-06, got 'June 7'",
        "added on this device: 2023-06-07-china-industries → registryAdditions.companies[0].country: missing; expected string",
      ]),
    );
    expect(dataset.briefs.map((b) => b.id)).toEqual(["2023-05-03-china-industries"]);
  });
});
