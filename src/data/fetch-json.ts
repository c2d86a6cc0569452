import type { DataProblem } from "@/data/model";
import { problem } from "@/data/problems";

/** Larger files are refused rather than parsed: they would freeze the page. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type FetchLike = (url: string) => Promise<Response>;

export type JsonResult =
  { ok: true; value: unknown } | { ok: false; problem: DataProblem; retryable: boolean };

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
    return {
      ok: false,
      retryable: true,
      problem: problem(
        file,
        "",
        `could not be fetched (${reason}); check the connection and retry`,
      ),
    };
  }
  if (!response.ok) {
    const what =
      response.status === 404
        ? "was not found (404)"
        : `could not be loaded (HTTP ${response.status})`;
    return {
      ok: false,
      retryable: response.status >= 500,
      problem: problem(file, "", `${what}; check the file name in the manifest`),
    };
  }
  // Static hosts with a single-page-app fallback answer a missing file with index.html.
  if (response.headers.get("content-type")?.includes("text/html")) {
    return {
      ok: false,
      retryable: false,
      problem: problem(
        file,
        "",
        "was not found (the server sent a web page, not JSON); check the file name in the manifest",
      ),
    };
  }
  const text = await response.text();
  if (text.length > MAX_FILE_BYTES) {
    const megabytes = (text.length / 1024 / 1024).toFixed(0);
    return {
      ok: false,
      retryable: false,
      problem: problem(
        file,
        "",
        `is ${megabytes} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit; split it into smaller files`,
      ),
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      retryable: false,
      problem: problem(file, "", `is not valid JSON (${reason})`),
    };
  }
}
