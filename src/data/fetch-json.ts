import type { DataProblem } from "@/data/model";
import { problem } from "@/data/problems";

/** Larger files are refused rather than parsed: they would freeze the page. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type FetchLike = (url: string) => Promise<Response>;

export type JsonResult =
  { ok: true; value: unknown } | { ok: false; problem: DataProblem; retryable: boolean };

/** A failure named after the file, with what to do about it. */
function failed(file: string, message: string, retryable: boolean): JsonResult {
  return { ok: false, retryable, problem: problem(file, "", message) };
}

/** Static hosts with a single-page-app fallback answer a missing file with index.html. */
export function isPageFallback(response: Response): boolean {
  return response.headers.get("content-type")?.includes("text/html") ?? false;
}

/** Fetches and parses one JSON file, turning every failure into a problem naming the file. */
export async function fetchJson(
  fetchFn: FetchLike,
  baseUrl: string,
  file: string,
): Promise<JsonResult> {
  let response: Response;
  try {
    response = await fetchFn(new URL(file, baseUrl).href);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failed(file, `could not be fetched (${reason}); check the connection and retry`, true);
  }
  if (!response.ok) {
    const what =
      response.status === 404
        ? "was not found (404)"
        : `could not be loaded (HTTP ${response.status})`;
    return failed(file, `${what}; check the file name in the manifest`, response.status >= 500);
  }
  if (isPageFallback(response)) {
    return failed(
      file,
      "was not found (the server sent a web page, not JSON); check the file name in the manifest",
      false,
    );
  }
  const text = await response.text();
  if (text.length > MAX_FILE_BYTES) {
    const megabytes = (text.length / 1024 / 1024).toFixed(0);
    return failed(
      file,
      `is ${megabytes} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit; split it into smaller files`,
      false,
    );
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failed(file, `is not valid JSON (${reason})`, false);
  }
}
