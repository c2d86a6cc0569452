/// <reference lib="webworker" />
/**
 * Fetches, parses, validates and normalises the dataset off the page's thread, so a large
 * archive never freezes the page. Plain postMessage, as in the import worker: one request with
 * progress events and one answer needs no RPC library.
 */
import { answerDatasetRequest, type DatasetRequest } from "@/data/dataset-worker-protocol";

self.onmessage = ({ data: request }: MessageEvent<DatasetRequest>) =>
  void answerDatasetRequest(request, (response) => self.postMessage(response));
