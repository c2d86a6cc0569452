import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  diskFetch,
  DISK_BASE_URL,
  loadShippedDataset,
  MANY_BRIEFS_DATA_DIR,
  readFixture,
  SHIPPED_DATA_DIR,
  shippedBriefWithCopies,
} from "../../tests/disk-dataset";
import { openDB } from "idb";
import { ADDED_BRIEFS_DB, keepAddedBrief } from "@/data/added-briefs-store";
import { indexedDbDatasetCache, type DatasetCache } from "@/data/dataset-cache";
import { answerDatasetRequest, type DatasetResponse } from "@/data/dataset-worker-protocol";
import { datasetAssembler } from "@/data/dataset-parts";
import { FIRST_LOOK_ITEMS } from "@/data/first-look";
import type { FetchLike } from "@/data/fetch-json";
import type { Dataset } from "@/data/model";
import { formatProblem } from "@/data/problems";

const manifest = JSON.parse(await readFixture("../../public/data/index.json")) as {
  briefs: string[];
};
const shipped = await loadShippedDataset();
const withBroken = async () => ({
  "index.json": JSON.stringify({ ...manifest, briefs: [...manifest.briefs, "briefs/x.json"] }),
  "briefs/x.json": await readFixture("briefs/bad-date.json"),
});

/**
 * One visit: the worker's answers, and the files it fetched (relative to the data folder). A file
 * listed in `unreachable` fails as a lost connection does: the fetch itself rejects.
 */
async function visit(
  overrides: Record<string, string | null> = {},
  cache: DatasetCache = indexedDbDatasetCache,
  dir = SHIPPED_DATA_DIR,
  unreachable: string[] = [],
) {
  const fetched: string[] = [];
  const files = diskFetch(dir, overrides);
  const fetchFn: FetchLike = (url) => {
    const path = url.slice(DISK_BASE_URL.length);
    fetched.push(path);
    return unreachable.includes(path)
      ? Promise.reject(new TypeError("Failed to fetch"))
      : files(url);
  };
  const answers: DatasetResponse[] = [];
  await answerDatasetRequest(
    { baseUrl: DISK_BASE_URL },
    (answer) => answers.push(structuredClone(answer)),
    fetchFn,
    cache,
  );
  const assembler = datasetAssembler();
  answers.forEach((answer) => answer.type === "part" && assembler.add(answer.part));
  const loaded = answers.find((answer) => answer.type === "loaded");
  const finished = answers.find((answer) => answer.type === "finished");
  if (!loaded || !finished) throw new Error(`no dataset: ${JSON.stringify(answers.at(-1))}`);
  const firstLook = answers.find((answer) => answer.type === "first-look")?.dataset ?? null;
  const dataset = assembler.finish(loaded.end);
  const order = answers.map((answer) => answer.type);
  return { dataset, firstLook, stored: finished.stored, fetched, order, answers };
}

const problemsOf = (dataset: Dataset) => dataset.problems.map(formatProblem);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the data worker on a repeat visit", () => {
  it("answers the dataset kept on the first visit, fetching the manifest only", async () => {
    const first = await visit();
    expect(first.stored).toBe(true);
    expect(first.fetched.length).toBeGreaterThan(1);
    const second = await visit();
    expect(second.fetched).toEqual(["index.json"]);
    expect(second.dataset).toEqual(shipped);
    expect(second.stored).toBe(false);
    expect(console.warn).not.toHaveBeenCalled();
  });

  it("answers the kept first look at the newest brief before the whole dataset", async () => {
    const first = await visit({}, indexedDbDatasetCache, MANY_BRIEFS_DATA_DIR);
    expect(first.firstLook?.briefs.map((b) => b.id)).toEqual([first.dataset.briefs[0]?.id]);
    const second = await visit({}, indexedDbDatasetCache, MANY_BRIEFS_DATA_DIR);
    expect(second.fetched).toEqual(["index.json"]);
    expect(second.firstLook).toEqual(first.firstLook);
    expect(second.order.indexOf("first-look")).toBeLessThan(second.order.indexOf("part"));
    expect(second.dataset).toEqual(first.dataset);
  });

  it("says again how much of a large brief the kept first look shows", async () => {
    const { file, text } = await shippedBriefWithCopies(FIRST_LOOK_ITEMS + 10);
    const first = await visit({ [file]: text });
    const second = await visit({ [file]: text });
    expect(second.fetched).toEqual(["index.json"]);
    expect(second.firstLook?.corporateNews).toHaveLength(FIRST_LOOK_ITEMS);
    expect(second.dataset.corporateNews).toHaveLength(FIRST_LOOK_ITEMS + 10);
    const said = (visited: typeof first) =>
      visited.answers.filter((answer) => answer.type === "progress").at(-1);
    const repeated = said(second);
    expect(repeated).toEqual(said(first));
    if (repeated?.type !== "progress" || !repeated.briefItems) throw new Error("no item count");
    expect(repeated).toMatchObject({ loaded: 5, total: 5 });
    // Everything but the ten copies past the first look is shown.
    expect(repeated.briefItems.of - repeated.briefItems.shown).toBe(10);
  });

  it("reports a broken brief's problems again on the repeat visit, file and path alike", async () => {
    const overrides = await withBroken();
    const first = await visit(overrides);
    const second = await visit(overrides);
    expect(second.fetched).toEqual(["index.json"]);
    expect(problemsOf(second.dataset)).toEqual(problemsOf(first.dataset));
    expect(problemsOf(second.dataset).some((p) => p.startsWith("briefs/x.json → "))).toBe(true);
  });

  it("loads every file again when the manifest changed", async () => {
    await visit();
    const changed = await visit(await withBroken());
    expect(changed.fetched).toContain("briefs/x.json");
    expect(problemsOf(changed.dataset).some((p) => p.startsWith("briefs/x.json → "))).toBe(true);
    expect(changed.stored).toBe(true);
  });

  it("loads a listed brief again when it was rewritten in place, as its revision tells", async () => {
    await visit();
    const [entry = ""] = manifest.briefs;
    const brief = JSON.parse(await readFixture(`../../public/data/${entry}`)) as object;
    const rewritten = { ...brief, series: "MERICS China Industries, corrected" };
    const after = await visit({
      [entry]: JSON.stringify(rewritten),
      "index.json": JSON.stringify({ ...manifest, revision: "0".repeat(64) }),
    });
    expect(after.fetched).toContain(entry);
    expect(after.dataset.briefs.map((b) => b.series)).toEqual([
      "MERICS China Industries, corrected",
    ]);
  });

  it("keeps nothing for a manifest without a revision, whose files may change unseen", async () => {
    const unrevised = { "index.json": JSON.stringify({ ...manifest, revision: undefined }) };
    const first = await visit(unrevised);
    expect(first.stored).toBe(false);
    expect(first.dataset).toEqual(shipped);
    expect((await visit(unrevised)).fetched.length).toBeGreaterThan(1);
  });

  it("loads every file again when a brief was added on this device", async () => {
    await visit();
    const brief = JSON.parse(
      await readFixture(`../../public/data/${manifest.briefs[0] ?? ""}`),
    ) as object;
    await keepAddedBrief({
      id: "added-copy",
      addedAt: "2026-12-02T10:00:00.000Z",
      source: "pasted text",
      brief: { ...brief, id: "added-copy" },
      registryAdditions: { issuingBodies: [], companies: [] },
    });
    const after = await visit();
    expect(after.fetched.length).toBeGreaterThan(1);
    expect(after.dataset.briefs.map((b) => b.id)).toContain("added-copy");
  });

  it("keeps nothing when a file could not be fetched, as it may be there next time", async () => {
    const missing = { ...(await withBroken()), "briefs/x.json": null };
    const first = await visit(missing);
    expect(first.stored).toBe(false);
    expect(problemsOf(first.dataset)).toContain(
      "briefs/x.json: was not found (404); check the file name in the manifest",
    );
    expect((await visit(missing)).fetched).toContain("briefs/x.json");
  });

  it("keeps nothing while the briefs added on this device cannot be read", async () => {
    const olderTab = await openDB(ADDED_BRIEFS_DB, 1, {
      upgrade: (db) => void db.createObjectStore("briefs", { keyPath: "id" }),
    });
    const first = await visit();
    olderTab.close();
    expect(first.stored).toBe(false);
    expect(problemsOf(first.dataset)).toEqual([
      "briefs added on this device: could not be read: the dashboard is open in another tab with an older version; close the other tabs of the dashboard and try again",
    ]);
  });

  it("keeps nothing when the connection failed while fetching a file", async () => {
    const offline = () => visit(undefined, undefined, undefined, [manifest.briefs[0] ?? ""]);
    const first = await offline();
    expect(first.stored).toBe(false);
    expect(first.dataset.briefs).toEqual([]);
    expect((await visit()).fetched).toContain(manifest.briefs[0]);
  });

  it.each<[string, DatasetCache, boolean]>([
    [
      "cannot be read",
      { read: () => Promise.reject(new Error("corrupt")), keep: () => Promise.resolve() },
      true,
    ],
    [
      "cannot keep the dataset",
      {
        read: () => Promise.resolve(null),
        keep: () => Promise.reject(new DOMException("full", "QuotaExceededError")),
      },
      false,
    ],
  ])(
    "loads the files as on a first visit when the storage %s, with a warning",
    async (_, cache, keeps) => {
      const { dataset, stored } = await visit({}, cache);
      expect(dataset).toEqual(shipped);
      expect(stored).toBe(keeps);
      expect(console.warn).toHaveBeenCalledOnce();
    },
  );
});
