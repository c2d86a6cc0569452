// Apart from the protocol: the app's entry names the worker, and must not load the loader to do it.

/** What the page asks the data worker: the whole dataset under `baseUrl` (an absolute URL). */
export interface DatasetRequest {
  baseUrl: string;
}

/** The request as the data worker's name, which the worker reads as it starts. */
export const datasetWorkerName = (request: DatasetRequest): string => JSON.stringify(request);

/** The request a worker was named with (`datasetWorkerName`). */
export function datasetRequestOf(name: string): DatasetRequest {
  let request: unknown = null;
  try {
    request = JSON.parse(name);
  } catch {
    // Not JSON: reported below like any other name that is not a request.
  }
  if (typeof request === "object" && request !== null && "baseUrl" in request) {
    if (typeof request.baseUrl === "string") return { baseUrl: request.baseUrl };
  }
  throw new Error(`the data worker was started without a request (its name is '${name}')`);
}
