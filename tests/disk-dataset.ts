import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { FetchLike } from "@/data/fetch-json";
import { loadDataset } from "@/data/load-dataset";
import type { Dataset } from "@/data/model";

// Tests run from the project root (npm scripts); jsdom gives import.meta.url no file: scheme.
export const SHIPPED_DATA_DIR = `${resolve("public/data")}/`;
export const FIXTURES_DIR = `${resolve("tests/fixtures")}/`;
/** The address disk-served datasets load from. */
export const DISK_BASE_URL = "http://data.test/";

/**
 * A fetch that serves files from disk: `overrides` replace or add files by path (a string is the
 * body; null answers 404), so a test can put a broken brief into an otherwise real dataset.
 */
export function diskFetch(dir: string, overrides: Record<string, string | null> = {}): FetchLike {
  return async (url) => {
    const path = url.slice(DISK_BASE_URL.length);
    if (path in overrides) {
      const body = overrides[path];
      return body === null || body === undefined
        ? new Response("not found", { status: 404 })
        : new Response(body, { status: 200 });
    }
    try {
      return new Response(await readFile(`${dir}${path}`, "utf8"), { status: 200 });
    } catch {
      return new Response("not found", { status: 404 });
    }
  };
}

export async function readFixture(name: string): Promise<string> {
  return readFile(`${FIXTURES_DIR}${name}`, "utf8");
}

/** The shipped dataset, loaded through the real loader. */
export function loadShippedDataset(
  overrides: Record<string, string | null> = {},
): Promise<Dataset> {
  return loadDiskDataset(SHIPPED_DATA_DIR, overrides);
}

/** Any data folder on disk (`dir` ends with a slash), loaded through the real loader. */
export function loadDiskDataset(
  dir: string,
  overrides: Record<string, string | null> = {},
): Promise<Dataset> {
  return loadDataset(DISK_BASE_URL, diskFetch(dir, overrides));
}

/** The synthetic multi-brief fixture (npm run fixtures). */
export const MANY_BRIEFS_DATA_DIR = `${resolve("tests/fixtures/many-briefs")}/`;

/**
 * The shipped brief's file with its corporate news copied under new ids up to `count` items
 * (test data for a brief larger than the first look), as the file's path and JSON text;
 * `changeItem` may alter one copy, e.g. to make it invalid.
 */
export async function shippedBriefWithCopies(
  count: number,
  changeItem: (item: Record<string, unknown>, at: number) => Record<string, unknown> = (item) =>
    item,
): Promise<{ file: string; text: string; brief: Record<string, unknown[]> }> {
  const manifest = JSON.parse(await readFile(`${SHIPPED_DATA_DIR}index.json`, "utf8")) as {
    briefs: string[];
  };
  const file = manifest.briefs[0] ?? "";
  const brief = JSON.parse(await readFile(`${SHIPPED_DATA_DIR}${file}`, "utf8")) as Record<
    string,
    Record<string, unknown>[]
  >;
  const news = brief.corporateNews ?? [];
  const corporateNews = Array.from({ length: count }, (_, at) =>
    changeItem({ ...news[at % news.length], id: `copy-${at}` }, at),
  );
  const copied = { ...brief, corporateNews };
  return { file, text: JSON.stringify(copied), brief: copied };
}
