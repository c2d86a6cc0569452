import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";

/** The real-world list (Batke et al., CC0): 2,553 rows of central documents, 2002–2016. */
export const BATKE_CSV = resolve("../shared/data/batke-policydocuments/batke_policy_documents.csv");
const MAPPING = "data/mappings/batke-policy-documents.json";

/**
 * The Batke list as a data folder of its own, through the app's CSV ingest (`npm run ingest --
 * --csv`): the shipped registries, no brief but the imported list. Null when the list is absent.
 */
export function ingestBatkeList(outDir: string): string | null {
  if (!existsSync(BATKE_CSV)) return null;
  rmSync(outDir, { recursive: true, force: true });
  cpSync("public/data", outDir, { recursive: true });
  rmSync(join(outDir, "briefs"), { recursive: true, force: true });
  mkdirSync(join(outDir, "briefs"));
  const manifestPath = join(outDir, "index.json");
  const manifest = z.looseObject({}).parse(JSON.parse(readFileSync(manifestPath, "utf8")));
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, briefs: [] }, null, 2));
  const result = spawnSync(
    "npx",
    [
      "tsx",
      "scripts/ingest.ts",
      "--csv",
      BATKE_CSV,
      "--map",
      MAPPING,
      "--out",
      join(outDir, "briefs"),
      "--manifest",
      manifestPath,
    ],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  if (result.status !== 0) throw new Error("ingesting the Batke list failed");
  return `${outDir}/`;
}
