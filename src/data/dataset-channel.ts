/**
 * The data worker, reached through a channel: one request, its answers. The app's entry
 * (src/main.tsx) starts the worker for the app's data at once (`startDatasetEarly`), ahead of the
 * app's own code, which on a 2-core machine takes about half a second to arrive and run; the
 * app's first load then takes that worker over, with every answer it gave meanwhile.
 */
import { datasetWorkerName, type DatasetRequest } from "@/data/dataset-request";
import type { DatasetResponse } from "@/data/dataset-worker-protocol";

/** A request on its way; `close` ends it (and its worker). Answers always arrive asynchronously. */
export interface DatasetChannel {
  close(): void;
}

export type OpenChannel = (
  request: DatasetRequest,
  receive: (response: DatasetResponse) => void,
) => DatasetChannel;

/**
 * A fresh worker per load, ended with it: its copy of the data is freed at once. The request
 * travels as the worker's name, read as it starts: a message posted to a starting worker waits
 * for the page's thread to hand it over, which runs the app's code meanwhile.
 */
function startWorker(request: DatasetRequest, receive: (response: DatasetResponse) => void) {
  const worker = new Worker(new URL("./dataset.worker.ts", import.meta.url), {
    type: "module",
    name: datasetWorkerName(request),
  });
  worker.onmessage = ({ data }: MessageEvent<DatasetResponse>) => receive(data);
  worker.onerror = (event) => {
    event.preventDefault();
    receive({ type: "crashed", message: event.message || "the data worker could not start" });
  };
  return worker;
}

interface EarlyLoad {
  request: DatasetRequest;
  worker: Worker;
  /** Answers heard before the app took the load over. */
  heard: DatasetResponse[];
  receive: ((response: DatasetResponse) => void) | null;
}

let early: EarlyLoad | null = null;

/** Starts loading the data under `baseUrl` before the app asks for it (the app's entry). */
export function startDatasetEarly(baseUrl: string): void {
  if (typeof Worker === "undefined" || early !== null) return;
  const request = { baseUrl };
  const load: EarlyLoad = {
    request,
    heard: [],
    receive: null,
    worker: startWorker(request, (response) =>
      load.receive ? load.receive(response) : load.heard.push(response),
    ),
  };
  early = load;
}

/** The early load of the same request, once: later loads (after an invalidation) start afresh. */
function takeEarly(request: DatasetRequest, receive: (response: DatasetResponse) => void) {
  const load = early;
  early = null;
  if (load === null) return null;
  if (load.request.baseUrl !== request.baseUrl) {
    load.worker.terminate();
    return null;
  }
  queueMicrotask(() => {
    load.heard.forEach(receive);
    load.heard = [];
    load.receive = receive;
  });
  return { close: () => load.worker.terminate() };
}

export const openDatasetChannel: OpenChannel = (request, receive) => {
  // Without workers (jsdom in tests) the same request runs in this thread: one loading path,
  // imported on demand so the loader and zod stay out of the page's first bundle.
  if (typeof Worker === "undefined") {
    void import("@/data/dataset-worker-protocol").then(({ answerDatasetRequest }) =>
      answerDatasetRequest(request, receive),
    );
    return { close: () => {} };
  }
  const taken = takeEarly(request, receive);
  if (taken) return taken;
  const worker = startWorker(request, receive);
  return { close: () => worker.terminate() };
};
