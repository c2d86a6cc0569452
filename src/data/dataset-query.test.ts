import { QueryClient } from "@tanstack/react-query";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { loadDiskDataset, MANY_BRIEFS_DATA_DIR } from "../../tests/disk-dataset";
import { datasetQueryOptions, isFirstLook } from "@/data/dataset-query";
import type { LoadListeners } from "@/data/load-dataset";
import { ManifestError } from "@/data/manifest-error";
import { datasetOf, type Dataset } from "@/data/model";
import { formatProblem, problem } from "@/data/problems";

/** Each load the query starts, held open so a test can answer it step by step. */
interface HeldLoad {
  baseUrl: string;
  listeners: LoadListeners;
  resolve: (dataset: Dataset) => void;
  reject: (error: unknown) => void;
}
const { loads, setLoadProgress } = vi.hoisted(() => ({
  loads: [] as HeldLoad[],
  setLoadProgress: vi.fn(),
}));
vi.mock("@/data/load-dataset-off-thread", () => ({
  loadDatasetOffThread: (baseUrl: string, listeners: LoadListeners) =>
    new Promise((resolve, reject) => loads.push({ baseUrl, listeners, resolve, reject })),
}));
vi.mock("@/data/load-progress", () => ({ setLoadProgress }));

const BASE = "https://dashboard.test/data/";
const whole = await loadDiskDataset(MANY_BRIEFS_DATA_DIR);
/** The newest brief alone, as the worker sends it first. */
const firstLook = datasetOf({ ...whole, briefs: whole.briefs.slice(0, 1) });

beforeEach(() => {
  loads.length = 0;
  setLoadProgress.mockClear();
});

/** Starts the dataset query on a client of its own; gives the query's promise and its load. */
async function start(client = new QueryClient()) {
  const options = datasetQueryOptions(BASE);
  const count = loads.length;
  const shown = client.fetchQuery(options);
  await vi.waitFor(() => expect(loads).toHaveLength(count + 1));
  const load = loads.at(-1);
  if (!load) throw new Error("expected a load");
  const cached = () => client.getQueryData(options.queryKey);
  return { client, options, shown, load, cached };
}

describe("the dataset query", () => {
  it("shows the newest brief first, then puts the whole dataset, as loaded, in its place", async () => {
    const { shown, load, cached } = await start();
    expect(load.baseUrl).toBe(BASE);
    load.listeners.onFirstLook?.(firstLook);
    expect(await shown).toBe(firstLook);
    expect(isFirstLook(firstLook)).toBe(true);
    load.resolve(whole);
    await vi.waitFor(() => expect(cached()).toBe(whole));
    expect(isFirstLook(whole)).toBe(false);
    expect(cached()?.briefs).toHaveLength(24);
  });

  it("gives the whole dataset at once when there is no first look, and loads it only once", async () => {
    const { client, options, shown, load } = await start();
    load.resolve(whole);
    expect(await shown).toBe(whole);
    expect(await client.fetchQuery(options)).toBe(whole);
    expect(loads).toHaveLength(1);
  });

  it("keeps the newest brief on screen when the rest fails, with a problem saying so", async () => {
    const { shown, load, cached } = await start();
    load.listeners.onFirstLook?.(firstLook);
    await shown;
    load.reject(new Error("The data could not be loaded: out of memory"));
    await vi.waitFor(() => expect(cached()).not.toBe(firstLook));
    expect(cached()?.briefs).toEqual(firstLook.briefs);
    expect(cached()?.problems.map(formatProblem)).toEqual([
      ...firstLook.problems.map(formatProblem),
      "the other briefs: could not be loaded (The data could not be loaded: out of memory)",
    ]);
  });

  it("fails with the loader's words when nothing was shown yet", async () => {
    const { shown, load } = await start();
    load.reject("the data worker could not start");
    await expect(shown).rejects.toThrow(new Error("the data worker could not start"));
  });

  it("shows the progress of the newest load only, and clears it when that load ends", async () => {
    const older = await start();
    const newer = await start();
    older.load.listeners.onProgress?.({ loaded: 1, total: 25 });
    newer.load.listeners.onProgress?.({ loaded: 2, total: 25 });
    expect(setLoadProgress.mock.calls).toEqual([[{ loaded: 2, total: 25 }]]);
    older.load.resolve(whole);
    await older.shown;
    expect(setLoadProgress).toHaveBeenCalledTimes(1);
    newer.load.resolve(whole);
    await newer.shown;
    expect(setLoadProgress.mock.calls.at(-1)).toEqual([null]);
  });

  it.each<[string, (load: HeldLoad) => void]>([
    ["ends", (load) => load.resolve(whole)],
    ["fails", (load) => load.reject(new Error("The data could not be loaded: out of memory"))],
  ])("writes nothing when a load overtaken by a newer one %s", async (_, end) => {
    const older = await start();
    older.load.listeners.onFirstLook?.(firstLook);
    await older.shown;
    // Adding a brief on this device loads the data again while the older load still runs.
    const again = older.client.refetchQueries({ queryKey: older.options.queryKey });
    await vi.waitFor(() => expect(loads).toHaveLength(2));
    const newerLook = datasetOf({ ...whole, briefs: whole.briefs.slice(0, 2) });
    loads[1]?.listeners.onFirstLook?.(newerLook);
    await again;
    end(older.load);
    // One turn of the event loop lets the older load's ending run to the end.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(older.cached()).toBe(newerLook);
  });

  it("retries only a manifest that could not be fetched, twice at most", () => {
    const { retry } = datasetQueryOptions(BASE);
    if (typeof retry !== "function") throw new Error("expected a retry rule");
    const unreachable = new ManifestError(
      [problem("index.json", "", "could not be fetched")],
      true,
    );
    const invalid = new ManifestError([problem("index.json", "briefs", "missing")], false);
    expect([0, 1, 2].map((count) => retry(count, unreachable))).toEqual([true, true, false]);
    expect(retry(0, invalid)).toBe(false);
    expect(retry(0, new Error("The data could not be loaded: out of memory"))).toBe(false);
  });
});
