import "fake-indexeddb/auto";
import { IDBFactory, IDBObjectStore } from "fake-indexeddb";
import { openDB, type IDBPDatabase } from "idb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  ADDED_BRIEFS_DB,
  AddedBriefsError,
  keepAddedBrief,
  listAddedBriefs,
  MIGRATIONS,
  onAddedBriefsChange,
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

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
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

describe("the added-briefs store's failures, in the words the import page shows", () => {
  it("says the browser does not let it store data when opening the database is refused", async () => {
    // Some browsers refuse storage (an opaque origin, storage blocked) by throwing from open().
    globalThis.indexedDB = {
      open: () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    } as unknown as IDBFactory;
    const refused = listAddedBriefs();
    await expect(refused).rejects.toBeInstanceOf(AddedBriefsError);
    await expect(refused).rejects.toMatchObject({
      failure: "unavailable",
      message:
        "this browser does not let the dashboard store data (private browsing, or storage turned off); briefs can be added only in a normal window. The shipped briefs still work",
    });
  });

  it("says the storage is full when the browser runs out of room, and keeps what it had", async () => {
    await keepAddedBrief(stored("kept", "2026-01-01T00:00:00.000Z"));
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    const full = keepAddedBrief(stored("new", "2026-01-02T00:00:00.000Z"), "kept");
    await expect(full).rejects.toMatchObject({
      name: "AddedBriefsError",
      failure: "quota",
      message:
        "the browser's storage for this site is full; remove briefs you no longer need, or free space in the browser's site settings, and try again",
    });
    vi.restoreAllMocks();
    expect((await listAddedBriefs()).map((b) => b.id)).toEqual(["kept"]);
  });

  it("gives the browser's own reason when the storage fails otherwise", async () => {
    // A newer version of the dashboard upgraded the database; this older one cannot open it.
    (await openDB(ADDED_BRIEFS_DB, MIGRATIONS.length + 1)).close();
    const failure = listAddedBriefs();
    await expect(failure).rejects.toMatchObject({ failure: "failed" });
    await expect(failure).rejects.toThrow(/^the browser's storage did not answer \(.+\)$/);
  });
});

describe("the added briefs across tabs", () => {
  it("lets a newer version in another tab upgrade the database this tab holds open", async () => {
    const held = await openAddedBriefs();
    const newer = await new Promise<IDBPDatabase>((resolve, reject) => {
      const blocked = () => reject(new Error("blocked by this tab's connection"));
      openDB(ADDED_BRIEFS_DB, MIGRATIONS.length + 1, { blocked }).then(resolve, reject);
    });
    expect(newer.version).toBe(MIGRATIONS.length + 1);
    newer.close();
    held.close();
  });

  it("tells the other tabs when a brief is added or removed, until they stop listening", async () => {
    const otherTab = vi.fn();
    const stayingTab = vi.fn();
    const stopListening = onAddedBriefsChange(otherTab);
    const stopStaying = onAddedBriefsChange(stayingTab);
    await keepAddedBrief(stored("a", "2026-01-01T00:00:00.000Z"));
    await vi.waitFor(() => expect(otherTab).toHaveBeenCalledTimes(1));
    await removeAddedBrief("a");
    await vi.waitFor(() => expect(otherTab).toHaveBeenCalledTimes(2));
    stopListening();
    await keepAddedBrief(stored("b", "2026-01-02T00:00:00.000Z"));
    await vi.waitFor(() => expect(stayingTab).toHaveBeenCalledTimes(3));
    expect(otherTab).toHaveBeenCalledTimes(2);
    stopStaying();
  });

  it("keeps and lists briefs in a browser without cross-tab messages", async () => {
    vi.stubGlobal("BroadcastChannel", undefined);
    const stop = onAddedBriefsChange(() => undefined);
    await keepAddedBrief(stored("a", "2026-01-01T00:00:00.000Z"));
    expect((await listAddedBriefs()).map((b) => b.id)).toEqual(["a"]);
    stop();
  });
});
