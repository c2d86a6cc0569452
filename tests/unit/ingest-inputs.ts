/** Inputs the ingest tests share: the seed brief, the shipped registries and annotations. */
import { existsSync, readFileSync } from "node:fs";
import {
  CompaniesFileSchema,
  CountriesFileSchema,
  IssuingBodiesFileSchema,
  SectorsFileSchema,
} from "@/data/schema";
import { AnnotationsSchema, type Annotations } from "@/ingest/annotations";
import type { IngestRegistries } from "@/ingest/entity-registries";

export const SEED_BRIEF = "../shared/briefs/000_acbf13cad50f6655.txt";
export const SHIPPED_BRIEF = "public/data/briefs/2023-05-03-china-industries.json";
export const SEED_ANNOTATIONS = "data/annotations/2023-05-03-china-industries.json";
export const BATKE_DIR = "../shared/data/batke-policydocuments";
export const BATKE_CSV = `${BATKE_DIR}/batke_policy_documents.csv`;
export const BATKE_MAPPING = "data/mappings/batke-policy-documents.json";

export function readSeedBrief(): string {
  return readFileSync(SEED_BRIEF, "utf8");
}

export function readIngestFixture(name: string): string {
  return readFileSync(`tests/fixtures/ingest/${name}`, "utf8");
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

export function readShippedRegistries(): IngestRegistries {
  const dir = "public/data/registries";
  return {
    issuingBodies: IssuingBodiesFileSchema.parse(readJson(`${dir}/issuing-bodies.json`))
      .issuingBodies,
    companies: CompaniesFileSchema.parse(readJson(`${dir}/companies.json`)).companies,
    countries: CountriesFileSchema.parse(readJson(`${dir}/countries.json`)).countries,
    sectors: SectorsFileSchema.parse(readJson(`${dir}/sectors.json`)).sectors,
  };
}

export function readSeedAnnotations(): Annotations {
  return AnnotationsSchema.parse(readJson(SEED_ANNOTATIONS));
}

export function readShippedBrief(): string {
  return readFileSync(SHIPPED_BRIEF, "utf8");
}

/** The Batke et al. list lives in ../shared; tests that need it skip with a message without it. */
export const hasBatke = existsSync(BATKE_CSV);
