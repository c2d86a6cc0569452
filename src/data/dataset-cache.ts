/**
 * The validated, normalised dataset kept in this browser between visits (IndexedDB, through
 * `idb` as for the added briefs), so a repeat visit with unchanged data skips fetching and
 * validating every file. One entry at a time: keeping a dataset under a new key drops the old.
 */
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { StoredBrief } from "@/data/added-briefs-store";
import type { BriefItems } from "@/data/load-dataset";
import type { Dataset } from "@/data/model";

export const DATASET_CACHE_DB = "china-industries-dataset-cache";

/** Raise when the kept record's shape changes: entries kept in an older shape never match. */
const FORMAT = 3;

// Values are `unknown`: what comes back was written by an earlier visit, maybe another version.
interface DatasetCacheDb extends DBSchema {
  datasets: { key: string; value: unknown };
}

/** A first look as kept: the dataset shown first, and how much of a large brief it shows. */
export interface KeptFirstLook {
  dataset: Dataset;
  briefItems: BriefItems | null;
}

/** Where the dataset is kept between visits; both methods reject when the storage fails. */
export interface DatasetCache {
  /**
   * The dataset kept under `key`, or null when there is none (or it is unreadable). Its first
   * look, kept apart and small, goes to `onFirstLook` first: a repeat visit draws it while the
   * whole dataset is still being read.
   */
  read(key: string, onFirstLook?: (firstLook: KeptFirstLook) => void): Promise<Dataset | null>;
  /** Keeps `dataset` and its first look (if any) under `key`, in place of whatever was kept. */
  keep(key: string, dataset: Dataset, firstLook: KeptFirstLook | null): Promise<void>;
}

/** What a kept dataset was built from; any change to one of them gives another key. */
export interface DatasetSource {
  /** The loader's own code: a new app version may validate or normalise differently. */
  code: string;
  baseUrl: string;
  /** The manifest as read, with whatever content hash or revision it carries. */
  manifest: unknown;
  /** Briefs added on this device, which change without the manifest changing. */
  added: readonly StoredBrief[];
}

/** The SHA-256 (hex) of everything the dataset was built from, with the kept record's format. */
export async function datasetCacheKey(source: DatasetSource): Promise<string> {
  const text = JSON.stringify([FORMAT, source.code, source.baseUrl, source.manifest, source.added]);
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Whether `value` is an object whose every one of `fields` passes `test`. */
function hasFields(
  value: unknown,
  fields: readonly string[],
  test: (field: unknown) => boolean,
): value is object {
  return (
    typeof value === "object" &&
    value !== null &&
    fields.every((field) => test(Reflect.get(value, field)))
  );
}

const hasLists = (value: unknown, lists: readonly string[]): value is object =>
  hasFields(value, lists, Array.isArray);

/**
 * Whether a kept value has the dataset's outline. Checking every record with the schema would
 * cost what the cache saves; the key already pins the code that wrote it.
 */
function isDataset(value: unknown): value is Dataset {
  return (
    hasLists(value, ["briefs", "policies", "targets", "corporateNews", "problems"]) &&
    typeof Reflect.get(value, "synthetic") === "boolean" &&
    hasLists(Reflect.get(value, "registries"), [
      "issuingBodies",
      "companies",
      "countries",
      "sectors",
    ])
  );
}

function isKeptFirstLook(value: unknown): value is KeptFirstLook {
  if (!hasLists(value, []) || !isDataset(Reflect.get(value, "dataset"))) return false;
  const items: unknown = Reflect.get(value, "briefItems");
  return items === null || hasFields(items, ["shown", "of"], (field) => typeof field === "number");
}

/** The two records kept under one key: the whole dataset, and the first look at its newest brief. */
type KeptRecord = "dataset" | "first-look";
const recordKey = (key: string, record: KeptRecord) => `${key}:${record}`;

async function withDb<T>(work: (db: IDBPDatabase<DatasetCacheDb>) => Promise<T>): Promise<T> {
  // A cache needs no migrations: the format is part of the key, so the version never changes.
  const db = await openDB<DatasetCacheDb>(DATASET_CACHE_DB, 1, {
    upgrade: (database) => void database.createObjectStore("datasets"),
  });
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/** The dataset cache in IndexedDB; a browser without IndexedDB keeps nothing. */
export const indexedDbDatasetCache: DatasetCache = {
  read: (key, onFirstLook) =>
    typeof indexedDB === "undefined"
      ? Promise.resolve(null)
      : withDb(async (db) => {
          const readRecord = async <T>(
            record: KeptRecord,
            isKept: (value: unknown) => value is T,
          ) => {
            const kept = await db.get("datasets", recordKey(key, record));
            if (kept === undefined || isKept(kept)) return kept ?? null;
            await db.clear("datasets");
            throw new Error("the kept dataset is unreadable; it was removed");
          };
          const firstLook = await readRecord("first-look", isKeptFirstLook);
          if (firstLook) onFirstLook?.(firstLook);
          return readRecord("dataset", isDataset);
        }),
  keep: (key, dataset, firstLook) =>
    typeof indexedDB === "undefined"
      ? Promise.resolve()
      : withDb(async (db) => {
          const tx = db.transaction("datasets", "readwrite");
          // Requests run in the order made: the old entry goes before the new records come.
          const writes = [tx.store.clear(), tx.store.put(dataset, recordKey(key, "dataset"))];
          if (firstLook) writes.push(tx.store.put(firstLook, recordKey(key, "first-look")));
          try {
            await Promise.all([...writes, tx.done]);
          } catch (error) {
            // Out of space for the new one: the old one, which will never match again, goes.
            await db.clear("datasets").catch(() => undefined);
            throw error;
          }
        }),
};
