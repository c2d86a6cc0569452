import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  IssuingBodiesFileSchema,
  SectorsFileSchema,
  type IssuingBodyFile,
  type SectorFile,
} from "../../src/data/schema";
import type { DatasetFile } from "./dataset";

/** The shipped sector registry: the generator's sector vocabulary. */
export function readSectorVocabulary(path = "public/data/registries/sectors.json"): SectorFile[] {
  return SectorsFileSchema.parse(JSON.parse(readFileSync(path, "utf8"))).sectors;
}

/** The shipped issuing-bodies registry: real bodies, so the fixture has /bodies/miit. */
export function readIssuingBodies(
  path = "public/data/registries/issuing-bodies.json",
): IssuingBodyFile[] {
  return IssuingBodiesFileSchema.parse(JSON.parse(readFileSync(path, "utf8"))).issuingBodies;
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
