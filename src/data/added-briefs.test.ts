import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { openDB } from "idb";
import { beforeEach, describe, expect, it } from "vitest";
import { diskFetch, SHIPPED_DATA_DIR } from "../../tests/disk-dataset";
import { addedRegistryRecords, readAddedBriefs, type AddedBriefs } from "@/data/added-briefs";
import { ADDED_BRIEFS_DB, keepAddedBrief, type StoredBrief } from "@/data/added-briefs-store";
import type { DataProblem } from "@/data/model";
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

  it("never let an added company replace a shipped one of the same id", async () => {
    const tesla = { id: "tesla", name: "Tesla Motors Shanghai", country: "CN" };
    const withTesla = record({
      brief: {
        ...addedBrief,
        corporateNews: [{ ...addedBrief.corporateNews[0], companies: ["tesla"] }],
      },
      registryAdditions: { issuingBodies: [], companies: [tesla] },
    });
    const dataset = await load({ records: [withTesla], problems: [] });
    expect(dataset.problems).toEqual([]);
    const teslas = dataset.registries.companies.filter((c) => c.id === "tesla");
    expect(teslas.map((c) => [c.name, c.country.code])).toEqual([["Tesla", "US"]]);
    const news = dataset.corporateNews.find((n) => n.id === "2023-05-02-acme-order");
    expect(news?.companies.map((c) => c.name)).toEqual(["Tesla"]);
  });

  it("report a store that could not be read beside the shipped data, which still loads", async () => {
    const unreadable: DataProblem = {
      file: "briefs added on this device",
      path: "",
      message: "could not be read: the browser refused storage",
      severity: "error",
    };
    const dataset = await load({ records: [], problems: [unreadable] });
    expect(dataset.problems.map(formatProblem)).toEqual([
      "briefs added on this device: could not be read: the browser refused storage",
    ]);
    expect(dataset.briefs.map((b) => b.id)).toEqual(["2023-05-03-china-industries"]);
  });
});

describe("reading the briefs added on this device", () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it("lists what is stored, with nothing to report", async () => {
    await keepAddedBrief(record());
    const added = await readAddedBriefs();
    expect(added.records.map((r) => [r.id, r.source])).toEqual([[addedBrief.id, "june.pdf"]]);
    expect(added.problems).toEqual([]);
  });

  it("has none, and nothing to report, in a browser that stores nothing", async () => {
    // @ts-expect-error private browsing in some browsers has no indexedDB at all
    delete globalThis.indexedDB;
    expect(await readAddedBriefs()).toEqual({ records: [], problems: [] });
  });

  it("reports a store it cannot read, saying what to do, so the shipped data still loads", async () => {
    const olderTab = await openDB(ADDED_BRIEFS_DB, 1, {
      upgrade: (db) => void db.createObjectStore("briefs", { keyPath: "id" }),
    });
    const added = await readAddedBriefs();
    olderTab.close();
    expect(added.records).toEqual([]);
    expect(added.problems.map(formatProblem)).toEqual([
      "briefs added on this device: could not be read: the dashboard is open in another tab with an older version; close the other tabs of the dashboard and try again",
    ]);
  });
});

describe("the registry records an added brief brings", () => {
  it("keeps the valid ones and reports each bad one at its place in the brief's additions", () => {
    const problems: DataProblem[] = [];
    const valid = record().registryAdditions.companies[0];
    const records = addedRegistryRecords(
      [
        record({
          registryAdditions: {
            // A body stored without its Chinese name, which the schema requires.
            issuingBodies: [
              {
                id: "miit",
                acronym: "MIIT",
                nameEn: "Ministry of Industry and Information Technology",
                kind: "ministry",
              },
            ],
            companies: ["acme-motors", valid],
          },
        }),
      ],
      problems,
    );
    expect(records.companies.map((c) => c.name)).toEqual(["Acme Motors"]);
    expect(records.issuingBodies).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      "added on this device: 2023-06-07-china-industries → registryAdditions.issuingBodies[0].nameZh: missing; expected string",
      "added on this device: 2023-06-07-china-industries → registryAdditions.companies[0]: expected object, received string",
    ]);
  });
});
