import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { datasetRequestOf, type DatasetRequest } from "@/data/dataset-request";
import type { DatasetResponse } from "@/data/dataset-worker-protocol";

/** A stand-in for the browser's Worker: reads the request it was named with, answers when told. */
class FakeWorker {
  static started: FakeWorker[] = [];
  request: DatasetRequest;
  terminated = false;
  onmessage: ((event: { data: DatasetResponse }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  constructor(_url: URL, options: WorkerOptions) {
    this.request = datasetRequestOf(options.name ?? "");
    FakeWorker.started.push(this);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: DatasetResponse) {
    this.onmessage?.({ data });
  }
}

const progress = (loaded: number): DatasetResponse => ({ type: "progress", loaded, total: 3 });

beforeEach(() => {
  FakeWorker.started = [];
  vi.stubGlobal("Worker", FakeWorker);
  vi.resetModules();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the data worker started by the app's entry", () => {
  it("asks for the data at once and hands every answer heard meanwhile to the app's first load", async () => {
    const { openDatasetChannel, startDatasetEarly } = await import("@/data/dataset-channel");
    startDatasetEarly("https://dashboard.test/data/");
    const [worker] = FakeWorker.started;
    expect(worker?.request).toEqual({ baseUrl: "https://dashboard.test/data/" });
    worker?.answer(progress(1));
    worker?.answer(progress(2));

    const heard: DatasetResponse[] = [];
    const channel = openDatasetChannel({ baseUrl: "https://dashboard.test/data/" }, (answer) =>
      heard.push(answer),
    );
    expect(FakeWorker.started).toHaveLength(1);
    await Promise.resolve();
    worker?.answer(progress(3));
    expect(heard).toEqual([progress(1), progress(2), progress(3)]);
    channel.close();
    expect(worker?.terminated).toBe(true);
  });

  it("starts a worker of its own for every later load, as after adding a brief", async () => {
    const { openDatasetChannel, startDatasetEarly } = await import("@/data/dataset-channel");
    startDatasetEarly("https://dashboard.test/data/");
    openDatasetChannel({ baseUrl: "https://dashboard.test/data/" }, () => undefined);
    openDatasetChannel({ baseUrl: "https://dashboard.test/data/" }, () => undefined);
    expect(FakeWorker.started).toHaveLength(2);
    expect(FakeWorker.started[1]?.request).toEqual({ baseUrl: "https://dashboard.test/data/" });
  });

  it("ends an early load of other data than the app asks for, and answers the app's own", async () => {
    const { openDatasetChannel, startDatasetEarly } = await import("@/data/dataset-channel");
    startDatasetEarly("https://dashboard.test/data/");
    openDatasetChannel({ baseUrl: "https://dashboard.test/bench/" }, () => undefined);
    expect(FakeWorker.started.map((worker) => worker.terminated)).toEqual([true, false]);
    expect(FakeWorker.started[1]?.request).toEqual({ baseUrl: "https://dashboard.test/bench/" });
  });
});

describe("the request a data worker is named with", () => {
  it("is refused, naming what the worker got, when it is not a request", () => {
    expect(() => datasetRequestOf('{"base":"x"}')).toThrow(
      `the data worker was started without a request (its name is '{"base":"x"}')`,
    );
    expect(() => datasetRequestOf('{"baseUrl":3}')).toThrow(/started without a request/);
    expect(() => datasetRequestOf("")).toThrow(/started without a request \(its name is ''\)/);
  });
});
