/**
 * Writes the JSON Schema files for data authors from the zod schema (the single source of truth).
 * `--check` writes nothing and fails when a committed file is stale.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { z } from "zod";
import {
  BriefSchema,
  CompaniesFileSchema,
  CountriesFileSchema,
  IssuingBodiesFileSchema,
  ManifestSchema,
  SectorsFileSchema,
} from "../src/data/schema";

const OUT_DIR = "public/data/schema";
const schemas: Record<string, z.ZodType> = {
  "manifest.schema.json": ManifestSchema,
  "brief.schema.json": BriefSchema,
  "issuing-bodies.schema.json": IssuingBodiesFileSchema,
  "companies.schema.json": CompaniesFileSchema,
  "countries.schema.json": CountriesFileSchema,
  "sectors.schema.json": SectorsFileSchema,
};

const check = process.argv.includes("--check");
const stale: string[] = [];
mkdirSync(OUT_DIR, { recursive: true });
for (const [name, schema] of Object.entries(schemas)) {
  const text = `${JSON.stringify(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }), null, 2)}\n`;
  const path = `${OUT_DIR}/${name}`;
  let current = "";
  try {
    current = readFileSync(path, "utf8");
  } catch {
    current = "";
  }
  if (current === text) continue;
  if (check) stale.push(path);
  else writeFileSync(path, text);
}
if (stale.length > 0) {
  console.error(
    `Stale JSON Schema files (run npm run schema and commit them):\n  ${stale.join("\n  ")}`,
  );
  process.exit(1);
}
console.log(
  check ? "JSON Schema files are up to date." : `JSON Schema files written to ${OUT_DIR}.`,
);
