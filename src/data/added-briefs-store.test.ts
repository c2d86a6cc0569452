import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { openDB } from "idb";
import { beforeEach, describe, expect, it } from "vitest";
import {
  ADDED_BRIEFS_DB,
  AddedBriefsError,
  keepAddedBrief,
  listAddedBriefs,
  MIGRATIONS,
  openAddedBriefs,
  removeAddedBrief,
  type StoredBrief,
} from "@/data/added-briefs-store";

function stored(id: string, addedAt: string): StoredBrief {
  return {
    id,
    addedAt,
    source: "brief.pdf",
    brief: { id },
    registryAdditions: { issuingBodies: [], companies: [] },
  };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe("the added-briefs store", () => {
  it("upgrades a version 1 database and keeps its briefs, listed in the order added", async () => {
    const v1 = await openDB(ADDED_BRIEFS_DB, 1, {
      upgrade: (db) => {
        db.createObjectStore("briefs", { keyPath: "id" });
      },
    });
    await v1.put("briefs", stored("b-later", "2026-02-01T00:00:00.000Z"));
    await v1.put("briefs", stored("a-earlier", "2026-01-01T00:00:00.000Z"));
    v1.close();

    const db = await openAddedBriefs();
    expect(db.version).toBe(MIGRATIONS.length);
    expect([...db.transaction("briefs").store.indexNames]).toEqual(["addedAt"]);
    db.close();
    expect((await listAddedBriefs()).map((b) => b.id)).toEqual(["a-earlier", "b-later"]);
  });

  it("creates the current version on a fresh browser", async () => {
    expect(await listAddedBriefs()).toEqual([]);
  });

  it("replaces an added brief in one transaction and removes one by id", async () => {
    await keepAddedBrief(stored("old", "2026-01-01T00:00:00.000Z"));
    await keepAddedBrief(stored("new", "2026-01-02T00:00:00.000Z"), "old");
    expect((await listAddedBriefs()).map((b) => b.id)).toEqual(["new"]);
    await removeAddedBrief("new");
    expect(await listAddedBriefs()).toEqual([]);
  });

  it("keeps nothing when the write fails", async () => {
    await keepAddedBrief(stored("kept", "2026-01-01T00:00:00.000Z"));
    // A record without its key cannot be stored: the delete in the same transaction rolls back.
    const broken = {
      ...stored("x", "2026-01-02T00:00:00.000Z"),
      id: undefined as unknown as string,
    };
    await expect(keepAddedBrief(broken, "kept")).rejects.toBeInstanceOf(AddedBriefsError);
    expect((await listAddedBriefs()).map((b) => b.id)).toEqual(["kept"]);
  });

  it("says so when the browser has no storage", async () => {
    // @ts-expect-error private browsing in some browsers has no indexedDB at all
    delete globalThis.indexedDB;
    await expect(listAddedBriefs()).rejects.toMatchObject({ failure: "unavailable" });
  });

  it("says which tab to close when an older version is held open elsewhere", async () => {
    const other = await openDB(ADDED_BRIEFS_DB, 1, {
      upgrade: (db) => {
        db.createObjectStore("briefs", { keyPath: "id" });
      },
    });
    await expect(listAddedBriefs()).rejects.toThrow(/close the other tabs/);
    other.close();
  });
});
