/**
 * `npm run generate -- --out <dir> [--seed 1] [--briefs 120] [--policies N] [--news N] ...`:
 * writes a synthetic scale dataset in the app's format (see scripts/generate/).
 */
import { GENERATE_USAGE, parseGenerateArgs } from "./generate/args";
import { generateDataset } from "./generate/dataset";
import { readSectorVocabulary, writeDataset } from "./generate/write-dataset";

const parsed = parseGenerateArgs(process.argv.slice(2), process.cwd());
if (!parsed.ok) {
  console.error(`${parsed.error}\n\n${GENERATE_USAGE}`);
  process.exit(2);
}
const { out, ...counts } = parsed.args;
const files = generateDataset({ ...counts, sectors: readSectorVocabulary() });
const bytes = writeDataset(files, out);
console.log(
  `Wrote ${files.length} files (${(bytes / 1024 / 1024).toFixed(1)} MB) to ${out}: ` +
    `${counts.briefs} briefs, ${counts.policies} policies, ${counts.news} news items, ` +
    `${counts.companies} companies in ${counts.countries} countries (seed ${counts.seed}).`,
);
