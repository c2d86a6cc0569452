/**
 * `npm run revise [-- --check] [manifest]`: sets the manifest's revision (default
 * public/data/index.json) to that of the files it lists, after they were edited by hand; with
 * `--check`, only says whether it is current (exit 1 when not).
 */
import { dirname, resolve } from "node:path";
import { ManifestSchema } from "../src/data/schema";
import { formatJson } from "../src/lib/format-json";
import { InputError, readIfExists, readJsonFile, writeAll } from "./ingest-files";
import { acquireLock } from "./ingest-lock";
import { manifestRevision } from "./manifest-revision";

const args = process.argv.slice(2);
const check = args.includes("--check");
const manifestPath = args.find((arg) => arg !== "--check") ?? "public/data/index.json";

/** Whether the revision was current; when not and `write`, sets it. */
async function revise(write: boolean): Promise<boolean> {
  const manifest = readJsonFile(manifestPath, ManifestSchema);
  const revision = manifestRevision(manifest, (entry) =>
    readIfExists(resolve(dirname(manifestPath), entry)),
  );
  if (manifest.revision === revision) return true;
  if (write)
    writeAll(new Map([[resolve(manifestPath), await formatJson({ ...manifest, revision })]]));
  return false;
}

try {
  if (check) {
    if (!(await revise(false))) {
      console.error(
        `${manifestPath}: the revision does not match the files it lists; run \`npm run revise\`, ` +
          "or browsers that kept the earlier data will not see the change.",
      );
      process.exit(1);
    }
    console.log(`${manifestPath}: the revision is current.`);
  } else {
    // Held like an ingest's, so a revision never mixes two runs' files.
    const lock = await acquireLock(manifestPath, 30);
    try {
      const current = await revise(true);
      console.log(`${manifestPath}: ${current ? "the revision is current" : "revision updated"}.`);
    } finally {
      lock.release();
    }
  }
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(`revise: ${error.message}`);
  process.exit(1);
}
