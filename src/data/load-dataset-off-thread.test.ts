import { describe, expect, it, vi } from "vitest";
import {
  diskFetch,
  DISK_BASE_URL,
  loadShippedDataset,
  readFixture,
  SHIPPED_DATA_DIR,
} from "../../tests/disk-dataset";
import type { DatasetChannel, OpenChannel } from "@/data/dataset-channel";
import { datasetParts } from "@/data/dataset-parts";
import { answerDatasetRequest, type DatasetResponse } from "@/data/dataset-worker-protocol";
import type { DatasetRequest } from "@/data/dataset-request";
import type { LoadProgress } from "@/data/load-dataset";
import { ManifestError } from "@/data/manifest-error";
import { DATASET_STORED_MARK, loadDatasetOffThread } from "@/data/load-dataset-off-thread";
import { formatProblem } from "@/data/problems";

const manifest = JSON.parse(await readFixture("../../public/data/index.json")) as {
  briefs: string[];
};

/**
 * A channel that behaves as the data worker does, without a worker: the same request handler,
 * each answer structured-cloned as postMessage clones it.
 */
function workerLike(overrides: Record<string, string | null> = {}) {
  return (
    request: DatasetRequest,
    receive: (response: DatasetResponse) => void,
  ): DatasetChannel => {
    void answerDatasetRequest(
      request,
      (response) => receive(structuredClone(response)),
      diskFetch(SHIPPED_DATA_DIR, overrides),
    );
    return { close: () => undefined };
  };
}

const BROKEN_FIXTURES = [
  "bad-date.json",
  "duplicate-ids.json",
  "not-json.json",
  "unknown-references.json",
];

describe("loadDatasetOffThread", () => {
  it("hands over the same dataset as the loader gives in this thread, for the shipped data", async () => {
    const offThread = await loadDatasetOffThread(DISK_BASE_URL, undefined, workerLike());
    expect(offThread).toEqual(await loadShippedDataset());
    expect(offThread.policies.length).toBeGreaterThan(0);
  });

  it.each(BROKEN_FIXTURES)(
    "reports the same problems, with the same paths, for the broken fixture %s",
    async (fixture) => {
      const overrides = {
        "index.json": JSON.stringify({
          ...manifest,
          briefs: [...manifest.briefs, "briefs/x.json"],
        }),
        "briefs/x.json": await readFixture(`briefs/${fixture}`),
      };
      const offThread = await loadDatasetOffThread(DISK_BASE_URL, undefined, workerLike(overrides));
      const inThread = await loadShippedDataset(overrides);
      expect(offThread.problems.map(formatProblem)).toEqual(inThread.problems.map(formatProblem));
      expect(offThread.problems.length).toBeGreaterThan(0);
      expect(offThread.briefs.map((b) => b.id)).toEqual(inThread.briefs.map((b) => b.id));
    },
  );

  it("keeps records shared between lists shared, as the page's lookups by identity expect", async () => {
    const dataset = await loadDatasetOffThread(DISK_BASE_URL, undefined, workerLike());
    const [brief] = dataset.briefs;
    expect(brief?.policies[0]).toBe(dataset.policies[0]);
    const body = dataset.policies[0]?.issuingBodies[0];
    expect(dataset.registries.issuingBodies).toContain(body);
  });

  it("reports each file fetched, ending with all of them", async () => {
    const steps: LoadProgress[] = [];
    await loadDatasetOffThread(
      DISK_BASE_URL,
      { onProgress: (step) => steps.push(step) },
      workerLike(),
    );
    const total = 4 + manifest.briefs.length;
    expect(steps[0]).toEqual({ loaded: 0, total });
    expect(steps.at(-1)).toEqual({ loaded: total, total });
  });

  it("rejects with the manifest's problems when the manifest cannot be used", async () => {
    const load = loadDatasetOffThread(
      DISK_BASE_URL,
      undefined,
      workerLike({ "index.json": '{"briefs": []}' }),
    );
    const error: unknown = await load.catch((caught: unknown) => caught);
    if (!(error instanceof ManifestError)) throw new Error("expected a ManifestError");
    expect(error.problems.map(formatProblem)).toEqual([
      "index.json → registries: missing; expected object",
    ]);
    expect(error.retryable).toBe(false);
  });

  it("says what a wrong-typed manifest field holds instead of calling it missing", async () => {
    const manifest = '{"registries": {}, "briefs": 3}';
    const load = loadDatasetOffThread(
      DISK_BASE_URL,
      undefined,
      workerLike({ "index.json": manifest }),
    );
    const error: unknown = await load.catch((caught: unknown) => caught);
    if (!(error instanceof ManifestError)) throw new Error("expected a ManifestError");
    expect(error.problems.map(formatProblem)).toContain(
      "index.json → briefs: expected array, received number",
    );
  });

  it("lets the worker finish keeping the dataset for the next visit before ending it", async () => {
    const shipped = await loadShippedDataset();
    const close = vi.fn();
    let finish = () => {};
    const keeping: OpenChannel = (_, receive) => {
      queueMicrotask(() => {
        for (const part of datasetParts(shipped)) receive({ type: "part", part });
        receive({ type: "loaded", end: { synthetic: false, problems: [] } });
      });
      finish = () => receive({ type: "finished", stored: true });
      return { close };
    };
    await expect(loadDatasetOffThread(DISK_BASE_URL, undefined, keeping)).resolves.toEqual(shipped);
    expect(close).not.toHaveBeenCalled();
    finish();
    expect(close).toHaveBeenCalledOnce();
    expect(performance.getEntriesByName(DATASET_STORED_MARK, "mark")).toHaveLength(1);
  });

  it("rejects with the worker's own words when it fails", async () => {
    const crashing: OpenChannel = (_, receive) => {
      queueMicrotask(() => receive({ type: "crashed", message: "out of memory" }));
      return { close: () => undefined };
    };
    await expect(loadDatasetOffThread(DISK_BASE_URL, undefined, crashing)).rejects.toThrow(
      "The data could not be loaded: out of memory",
    );
  });
});
