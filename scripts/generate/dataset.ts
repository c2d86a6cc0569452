import type { z } from "zod";
import type { ManifestSchema, SectorFile } from "../../src/data/schema";
import { withRevisedManifest } from "../manifest-revision";
import { generateBriefs } from "./briefs";
import { COUNTRY_VOCABULARY } from "./countries";
import { createPickers } from "./pickers";
import { createRandom } from "./random";
import { generateCompanies, generateIssuingBodies } from "./registries";

export interface GenerateOptions {
  seed: number;
  briefs: number;
  policies: number;
  news: number;
  companies: number;
  countries: number;
  /** The sector vocabulary (the shipped registry's): sectors are words, not claims. */
  sectors: readonly SectorFile[];
}

/** A file of the generated dataset, relative to its folder. */
export interface DatasetFile {
  path: string;
  text: string;
}

export const MAX_COUNTRIES = COUNTRY_VOCABULARY.length;

const REGISTRIES = {
  issuingBodies: "registries/issuing-bodies.json",
  companies: "registries/companies.json",
  countries: "registries/countries.json",
  sectors: "registries/sectors.json",
};

/**
 * A synthetic dataset in the app's own format: manifest (marked synthetic), registries and one
 * file per brief. Pure and deterministic: the same options give the same bytes.
 */
export function generateDataset(options: GenerateOptions): DatasetFile[] {
  // Separate streams, so changing the number of companies does not reshuffle every brief.
  const registryRandom = createRandom(options.seed);
  const briefRandom = createRandom(options.seed ^ 0x5eed5eed);
  const countries = COUNTRY_VOCABULARY.slice(0, options.countries);
  const [home] = countries;
  if (!home) throw new Error("at least one country is needed");
  const bodies = generateIssuingBodies();
  const companies = generateCompanies(registryRandom, options.companies, countries);
  const pickers = createPickers(bodies, options.sectors, companies, home.code);
  const briefs = generateBriefs(briefRandom, pickers, options);
  const briefFiles = briefs.map((brief) => ({ path: `briefs/${brief.id}.json`, value: brief }));
  const manifest: z.input<typeof ManifestSchema> = {
    synthetic: true,
    registries: REGISTRIES,
    briefs: briefFiles.map((f) => f.path),
  };
  const stringify = (value: unknown) => `${JSON.stringify(value)}\n`;
  const files = [
    { path: REGISTRIES.issuingBodies, value: { issuingBodies: bodies } },
    { path: REGISTRIES.companies, value: { companies } },
    { path: REGISTRIES.countries, value: { countries } },
    { path: REGISTRIES.sectors, value: { sectors: options.sectors } },
    ...briefFiles,
  ].map(({ path, value }) => ({ path, text: stringify(value) }));
  return withRevisedManifest(manifest, files, stringify);
}
