import "fake-indexeddb/auto";
import { IDBFactory, IDBObjectStore } from "fake-indexeddb";
import { openDB, type IDBPDatabase } from "idb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadShippedDataset } from "../../tests/disk-dataset";
import type { StoredBrief } from "@/data/added-briefs-store";
import {
  DATASET_CACHE_DB,
  datasetCacheKey,
  indexedDbDatasetCache as cache,
  type DatasetSource,
  type KeptFirstLook,
} from "@/data/dataset-cache";

const SOURCE: DatasetSource = {
  code: "https://dashboard.test/assets/dataset.worker-abc123.js",
  baseUrl: "https://dashboard.test/data/",
  manifest: { registries: {}, briefs: ["briefs/a.json"] },
  added: [],
};

const ADDED: StoredBrief = {
  id: "added-1",
  addedAt: "2026-12-02T10:00:00.000Z",
  source: "brief.pdf",
  brief: { id: "added-1" },
  registryAdditions: { issuingBodies: [], companies: [] },
};

const shipped = await loadShippedDataset();

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("datasetCacheKey", () => {
  it("gives the same key for the same sources", async () => {
    const key = await datasetCacheKey(SOURCE);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await datasetCacheKey(structuredClone(SOURCE))).toBe(key);
  });

  const withAdded = { ...SOURCE, added: [ADDED] };
  it.each<[string, DatasetSource, DatasetSource]>([
    ["a new app version", SOURCE, { ...SOURCE, code: "https://dashboard.test/assets/w-def.js" }],
    ["another data address", SOURCE, { ...SOURCE, baseUrl: "https://dashboard.test/bench/" }],
    ["a brief added to the manifest", SOURCE, { ...SOURCE, manifest: { briefs: ["a", "b"] } }],
    ["a brief added on this device", SOURCE, withAdded],
    ["an added brief changed", withAdded, { ...SOURCE, added: [{ ...ADDED, brief: { x: 1 } }] }],
  ])("gives another key after %s", async (_change, before, after) => {
    expect(await datasetCacheKey(after)).not.toBe(await datasetCacheKey(before));
  });
});

describe("the dataset cache in IndexedDB", () => {
  it("has nothing on a first visit", async () => {
    const firstLook = vi.fn();
    expect(await cache.read("k1", firstLook)).toBeNull();
    expect(firstLook).not.toHaveBeenCalled();
  });

  it("gives back the kept dataset whole, its shared records still shared", async () => {
    await cache.keep("k1", shipped, null);
    const kept = await cache.read("k1");
    expect(kept).toEqual(shipped);
    expect(kept?.briefs[0]?.policies[0]).toBe(kept?.policies[0]);
    expect(kept?.registries.issuingBodies).toContain(kept?.policies[0]?.issuingBodies[0]);
  });

  it("keeps the first look beside the dataset, to be read on its own", async () => {
    const firstLook = {
      dataset: { ...shipped, briefs: shipped.briefs.slice(0, 1) },
      briefItems: { shown: 1005, of: 4000 },
    };
    await cache.keep("k1", shipped, firstLook);
    const heard: KeptFirstLook[] = [];
    expect(await cache.read("k1", (look) => heard.push(look))).toEqual(shipped);
    expect(heard).toEqual([firstLook]);
  });

  it("keeps only the newest dataset: an older key no longer matches", async () => {
    await cache.keep("k1", shipped, { dataset: shipped, briefItems: null });
    await cache.keep("k2", { ...shipped, synthetic: true }, null);
    const firstLook = vi.fn();
    expect(await cache.read("k1", firstLook)).toBeNull();
    expect(firstLook).not.toHaveBeenCalled();
    expect((await cache.read("k2"))?.synthetic).toBe(true);
    const db = await openDB(DATASET_CACHE_DB);
    expect(await db.getAllKeys("datasets")).toEqual(["k2:dataset"]);
    db.close();
  });

  it.each([
    ["a value of another shape", { briefs: "none" }],
    ["a dataset without its registries", { ...shipped, registries: null }],
    ["nothing usable", 42],
    ["a dataset without its problems", { ...shipped, problems: undefined }],
    ["a dataset whose synthetic mark is not true or false", { ...shipped, synthetic: "no" }],
    [
      "a dataset without its sectors",
      { ...shipped, registries: { ...shipped.registries, sectors: undefined } },
    ],
  ])("rejects %s under the key, and removes it", async (_what, corrupt) => {
    const db = await openDB(DATASET_CACHE_DB, 1, {
      upgrade: (database) => void database.createObjectStore("datasets"),
    });
    await db.put("datasets", corrupt, "k1:dataset");
    db.close();
    await expect(cache.read("k1")).rejects.toThrow(/unreadable/);
    expect(await cache.read("k1")).toBeNull();
  });

  it.each([
    ["a first look kept as a bare dataset (the older format)", shipped],
    ["a first look with a count that is not a number", { dataset: shipped, briefItems: { of: 1 } }],
  ])("rejects %s, and removes it", async (_what, corrupt) => {
    await cache.keep("k1", shipped, null);
    const db = await openDB(DATASET_CACHE_DB, 1);
    await db.put("datasets", corrupt, "k1:first-look");
    db.close();
    await expect(cache.read("k1")).rejects.toThrow(/unreadable/);
    expect(await cache.read("k1")).toBeNull();
  });

  it("keeps nothing and finds nothing in a browser without IndexedDB", async () => {
    // @ts-expect-error private browsing in some browsers has no indexedDB at all
    delete globalThis.indexedDB;
    await cache.keep("k1", shipped, null);
    expect(await cache.read("k1")).toBeNull();
  });

  it("lets the next version of the app open the cache: no connection is left open", async () => {
    await cache.keep("k1", shipped, null);
    await cache.read("k1");
    const next = await new Promise<IDBPDatabase>((resolve, reject) => {
      const blocked = () => reject(new Error("blocked by a connection left open"));
      openDB(DATASET_CACHE_DB, 2, { blocked }).then(resolve, reject);
    });
    expect(next.version).toBe(2);
    next.close();
  });

  it("drops the old dataset when the new one cannot be kept, and says so", async () => {
    await cache.keep("k1", shipped, null);
    const put = Reflect.get<IDBObjectStore, "put">(IDBObjectStore.prototype, "put");
    // The browser gives up the write (out of space): the transaction aborts.
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore["put"]>
    ) {
      const request = put.apply(this, args);
      this.transaction.abort();
      return request;
    });
    await expect(cache.keep("k2", shipped, null)).rejects.toThrow();
    vi.restoreAllMocks();
    expect(await cache.read("k1")).toBeNull();
    expect(await cache.read("k2")).toBeNull();
  });
});
