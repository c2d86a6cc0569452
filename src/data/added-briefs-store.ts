/**
 * Briefs the analyst added in this browser, kept in IndexedDB (through `idb`, a thin promise
 * wrapper). Each brief and its registry additions are one record, written in one transaction,
 * so a brief is kept whole or not at all. Records are validated by the loader on every read.
 */
import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from "idb";

export const ADDED_BRIEFS_DB = "china-industries-added-briefs";

/** What is stored per added brief; `brief` and the registry records are checked on every load. */
export interface StoredBrief {
  /** The brief's id, also the record's key. */
  id: string;
  /** ISO date-time when it was added. */
  addedAt: string;
  /** Where it came from: a file name, or "pasted text". */
  source: string;
  brief: unknown;
  registryAdditions: { issuingBodies: unknown[]; companies: unknown[] };
}

interface AddedBriefsDb extends DBSchema {
  briefs: { key: string; value: StoredBrief; indexes: { addedAt: string } };
}

type Upgrade = IDBPTransaction<AddedBriefsDb, StoreNames<AddedBriefsDb>[], "versionchange">;

/** One step per version; a browser on an older version runs every step after its own. */
export const MIGRATIONS: readonly ((db: IDBPDatabase<AddedBriefsDb>, tx: Upgrade) => void)[] = [
  (db) => {
    db.createObjectStore("briefs", { keyPath: "id" });
  },
  // Version 2 lists briefs in the order they were added.
  (_db, tx) => {
    tx.objectStore("briefs").createIndex("addedAt", "addedAt");
  },
];

export type StoreFailure = "unavailable" | "blocked" | "quota" | "failed";

/** A store operation that failed, with a message for the analyst. */
export class AddedBriefsError extends Error {
  constructor(
    readonly failure: StoreFailure,
    message: string,
  ) {
    super(message);
    this.name = "AddedBriefsError";
  }
}

const MESSAGES: Record<StoreFailure, string> = {
  unavailable:
    "this browser does not let the dashboard store data (private browsing, or storage turned off); briefs can be added only in a normal window. The shipped briefs still work",
  blocked:
    "the dashboard is open in another tab with an older version; close the other tabs of the dashboard and try again",
  quota:
    "the browser's storage for this site is full; remove briefs you no longer need, or free space in the browser's site settings, and try again",
  failed: "the browser's storage did not answer",
};

function storeError(failure: StoreFailure, detail?: unknown): AddedBriefsError {
  const reason = detail instanceof Error && failure === "failed" ? ` (${detail.message})` : "";
  return new AddedBriefsError(failure, `${MESSAGES[failure]}${reason}`);
}

function toStoreError(error: unknown): AddedBriefsError {
  if (error instanceof AddedBriefsError) return error;
  if (error instanceof DOMException && error.name === "QuotaExceededError") {
    return storeError("quota");
  }
  if (error instanceof DOMException && error.name === "SecurityError") {
    return storeError("unavailable");
  }
  return storeError("failed", error);
}

/** Opens (creating or upgrading) the database; rejects at once when another tab blocks it. */
export function openAddedBriefs(): Promise<IDBPDatabase<AddedBriefsDb>> {
  if (typeof indexedDB === "undefined") return Promise.reject(storeError("unavailable"));
  let opened: IDBPDatabase<AddedBriefsDb> | undefined;
  return new Promise((resolve, reject) => {
    let opening: Promise<IDBPDatabase<AddedBriefsDb>>;
    try {
      opening = openDB<AddedBriefsDb>(ADDED_BRIEFS_DB, MIGRATIONS.length, {
        upgrade(db, oldVersion, _newVersion, tx) {
          MIGRATIONS.slice(oldVersion).forEach((migrate) => migrate(db, tx));
        },
        blocked: () => reject(storeError("blocked")),
        // A newer tab wants to upgrade: let it; this tab opens the database again on its next read.
        blocking: () => opened?.close(),
      });
    } catch (error) {
      // A browser that refuses storage outright (SecurityError) throws from open() itself.
      reject(toStoreError(error));
      return;
    }
    opening.then(
      (db) => {
        opened = db;
        resolve(db);
      },
      (error: unknown) => reject(toStoreError(error)),
    );
  });
}

async function withDb<T>(work: (db: IDBPDatabase<AddedBriefsDb>) => Promise<T>): Promise<T> {
  const db = await openAddedBriefs();
  try {
    return await work(db);
  } catch (error) {
    throw toStoreError(error);
  } finally {
    db.close();
  }
}

/** Every added brief, oldest first. */
export function listAddedBriefs(): Promise<StoredBrief[]> {
  return withDb((db) => db.getAllFromIndex("briefs", "addedAt"));
}

/**
 * Keeps a brief; `replacing` names an added brief it takes the place of. Both happen in one
 * transaction: on failure the store is as it was.
 */
export function keepAddedBrief(
  record: StoredBrief,
  replacing: string | null = null,
): Promise<void> {
  return withDb(async (db) => {
    const tx = db.transaction("briefs", "readwrite");
    try {
      if (replacing !== null && replacing !== record.id) await tx.store.delete(replacing);
      await tx.store.put(record);
      await tx.done;
    } catch (error) {
      // A failed put must not leave the delete committed: undo the whole transaction.
      abortQuietly(tx);
      throw error;
    }
    announceChange();
  });
}

function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  // The abort rejects `done`; the caller reports the error that caused it.
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already finished (committed or aborted by the browser): nothing left to undo.
  }
}

const CHANNEL = "china-industries-added-briefs";

/** Tells the dashboard's other tabs that the added briefs changed. */
function announceChange(): void {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage("changed");
  channel.close();
}

/** Calls `listener` when another tab adds or removes a brief; returns the unsubscribe. */
export function onAddedBriefsChange(listener: () => void): () => void {
  if (typeof BroadcastChannel === "undefined") return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}

export function removeAddedBrief(id: string): Promise<void> {
  return withDb(async (db) => {
    const tx = db.transaction("briefs", "readwrite");
    await tx.store.delete(id);
    await tx.done;
    announceChange();
  });
}
