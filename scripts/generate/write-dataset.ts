import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { SectorsFileSchema, type SectorFile } from "../../src/data/schema";
import type { DatasetFile } from "./dataset";

/** The shipped sector registry: the generator's sector vocabulary. */
export function readSectorVocabulary(path = "public/data/registries/sectors.json"): SectorFile[] {
  return SectorsFileSchema.parse(JSON.parse(readFileSync(path, "utf8"))).sectors;
}

/** Writes the files under `outDir`; returns the bytes written. */
export function writeDataset(files: readonly DatasetFile[], outDir: string): number {
  let bytes = 0;
  for (const file of files) {
    const path = join(outDir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
    bytes += Buffer.byteLength(file.text);
  }
  return bytes;
}
