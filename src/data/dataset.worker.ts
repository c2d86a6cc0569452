/// <reference lib="webworker" />
/**
 * Fetches, parses, validates and normalises the dataset off the page's thread, so a large
 * archive never freezes the page. Plain postMessage, as in the import worker: one request (the
 * worker's name) with progress events and one answer needs no RPC library.
 */
import { datasetRequestOf } from "@/data/dataset-request";
import { answerDatasetRequest } from "@/data/dataset-worker-protocol";

void answerDatasetRequest(datasetRequestOf(self.name), (response) => self.postMessage(response));
