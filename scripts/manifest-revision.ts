/**
 * The manifest's `revision`: one SHA-256 over every file it lists, so a browser that kept the
 * dataset from an earlier visit sees that a brief or a registry changed even when the list of
 * files did not. Written by the ingest and the generator; `npm run revise` rewrites it after an
 * edit by hand, and with `--check` says whether it is current.
 */
import { createHash } from "node:crypto";
import type { Manifest } from "../src/data/schema";

type Listing = Pick<Manifest, "registries" | "briefs">;

/** The files a manifest lists, as written in it: the four registries, then the briefs in order. */
export function listedFiles({ registries, briefs }: Listing): string[] {
  return [
    registries.issuingBodies,
    registries.companies,
    registries.countries,
    registries.sectors,
    ...briefs,
  ];
}

/**
 * The revision of the files `manifest` lists, each read with `read` (null: not there). Each
 * file's entry and length go in before its text, so no two listings hash alike by concatenation.
 */
export function manifestRevision(
  manifest: Listing,
  read: (entry: string) => string | null,
): string {
  const hash = createHash("sha256");
  for (const entry of listedFiles(manifest)) {
    const text = read(entry);
    hash.update(`${entry}\n${text === null ? "missing" : text.length}\n`);
    if (text !== null) hash.update(text);
  }
  return hash.digest("hex");
}

/** A dataset written in one go: `index.json`, carrying the revision of `files`, then the files. */
export function withRevisedManifest<M extends Listing>(
  manifest: M,
  files: readonly { path: string; text: string }[],
  stringify: (value: unknown) => string,
): { path: string; text: string }[] {
  const texts = new Map(files.map((file) => [file.path, file.text]));
  const revision = manifestRevision(manifest, (entry) => texts.get(entry) ?? null);
  return [{ path: "index.json", text: stringify({ ...manifest, revision }) }, ...files];
}
