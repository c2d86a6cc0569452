import { describe, expect, it } from "vitest";
import { fetchJson, type FetchLike } from "@/data/fetch-json";
import { formatProblem } from "@/data/problems";

const BASE = "https://dashboard.test/data/";

function answer(response: Response | Error): { fetch: FetchLike; asked: string[] } {
  const asked: string[] = [];
  const fetch: FetchLike = (url) => {
    asked.push(url);
    return response instanceof Error ? Promise.reject(response) : Promise.resolve(response);
  };
  return { fetch, asked };
}

async function failure(response: Response | Error, file = "briefs/2023-05.json") {
  const result = await fetchJson(answer(response).fetch, BASE, file);
  if (result.ok) throw new Error("expected a failure");
  return { message: formatProblem(result.problem), retryable: result.retryable };
}

describe("fetchJson", () => {
  it("reads a file relative to the data folder", async () => {
    const { fetch, asked } = answer(new Response('{"briefs": ["briefs/2023-05.json"]}'));
    const result = await fetchJson(fetch, BASE, "index.json");
    expect(asked).toEqual(["https://dashboard.test/data/index.json"]);
    expect(result).toEqual({ ok: true, value: { briefs: ["briefs/2023-05.json"] } });
  });

  it("says a file the server cannot send may come back: check the connection and retry", async () => {
    expect(await failure(new TypeError("Failed to fetch"))).toEqual({
      message:
        "briefs/2023-05.json: could not be fetched (Failed to fetch); check the connection and retry",
      retryable: true,
    });
  });

  it.each([
    [404, "was not found (404); check the file name in the manifest", false],
    [403, "could not be loaded (HTTP 403); check the file name in the manifest", false],
    [499, "could not be loaded (HTTP 499); check the file name in the manifest", false],
    [500, "could not be loaded (HTTP 500); check the file name in the manifest", true],
    [503, "could not be loaded (HTTP 503); check the file name in the manifest", true],
  ])("names HTTP %i, and retries only a server error", async (status, message, retryable) => {
    expect(await failure(new Response("", { status }))).toEqual({
      message: `briefs/2023-05.json: ${message}`,
      retryable,
    });
  });

  it("takes a web page sent for a JSON file as a missing file, not as bad JSON", async () => {
    const page = new Response("<!doctype html>", {
      headers: { "content-type": "text/html; charset=utf-8" },
    });
    expect(await failure(page)).toEqual({
      message:
        "briefs/2023-05.json: was not found (the server sent a web page, not JSON); check the file name in the manifest",
      retryable: false,
    });
  });

  it("reads JSON whatever content type a static host gives it", async () => {
    const plain = new Response("[1, 2]", { headers: { "content-type": "text/plain" } });
    expect(await fetchJson(answer(plain).fetch, BASE, "x.json")).toEqual({
      ok: true,
      value: [1, 2],
    });
  });

  it("names the parser's reason for a file cut short", async () => {
    const { message, retryable } = await failure(new Response('{"id": "2023-05'));
    expect(message).toMatch(/^briefs\/2023-05\.json: is not valid JSON \(.+\)$/);
    expect(retryable).toBe(false);
  });

  it("reads a body sent without a content type", async () => {
    const bare = new Response(new Blob(["[1, 2]"]));
    expect(bare.headers.get("content-type")).toBeNull();
    expect(await fetchJson(answer(bare).fetch, BASE, "x.json")).toEqual({
      ok: true,
      value: [1, 2],
    });
  });
});
