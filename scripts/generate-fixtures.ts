/**
 * `npm run fixtures`: writes the multi-brief test fixture to tests/fixtures/many-briefs/ (see
 * scripts/generate/many-briefs.ts). A unit test checks the committed files match this output.
 */
import { rmSync } from "node:fs";
import { generateManyBriefs, MANY_BRIEFS_DIR, MANY_BRIEFS_SEED } from "./generate/many-briefs";
import { readIssuingBodies, readSectorVocabulary, writeDataset } from "./generate/write-dataset";

const files = generateManyBriefs({
  seed: MANY_BRIEFS_SEED,
  issuingBodies: readIssuingBodies(),
  sectors: readSectorVocabulary(),
});
rmSync(MANY_BRIEFS_DIR, { recursive: true, force: true });
const bytes = writeDataset(files, MANY_BRIEFS_DIR);
console.log(`Wrote ${files.length} files (${(bytes / 1024).toFixed(0)} kB) to ${MANY_BRIEFS_DIR}.`);
