/**
 * What a visitor downloads, read from a production build's Vite manifest: the first page (entry
 * chunk, its static imports and the index route) and each lazily loaded chunk on top of it.
 * Sizes are per file as served: raw, gzip (level 6, a server's usual) and brotli (quality 11, as
 * precompressed static files). Fonts are left out: they load per glyph range, on use.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants as zlibConstants, gzipSync } from "node:zlib";
import { z } from "zod";

const ManifestChunkSchema = z.looseObject({
  file: z.string(),
  src: z.string().optional(),
  isEntry: z.boolean().optional(),
  isDynamicEntry: z.boolean().optional(),
  imports: z.array(z.string()).optional(),
  css: z.array(z.string()).optional(),
  /** Files the chunk refers to by URL; a script among them is a worker it starts. */
  assets: z.array(z.string()).optional(),
});
export const ViteManifestSchema = z.record(z.string(), ManifestChunkSchema);
export type ViteManifest = z.infer<typeof ViteManifestSchema>;

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface ChunkGroup {
  /** The manifest key: "index.html" for the first page, the source path of a lazy chunk. */
  name: string;
  /** Built files (JS and CSS) this group adds, relative to the build folder. */
  files: string[];
  js: Sizes;
  css: Sizes;
}

/** A Web Worker's script: downloaded when the chunk that starts it runs (and starts it). */
export interface WorkerScript {
  /** The file's name without folder and hash: "import.worker". */
  name: string;
  file: string;
  /** What starts it: "index.html" (the first page) or a lazy chunk's source path. */
  startedBy: string;
  js: Sizes;
  /** Chunks the worker imports when it needs them (pdf.js): not in Vite's manifest. */
  onDemand: { files: string[]; js: Sizes };
}

export interface BundleReport {
  firstPage: ChunkGroup;
  /** Every lazily loaded chunk with what it adds beyond the first page, largest first. */
  lazy: ChunkGroup[];
  /** Every worker script, largest first. */
  workers: WorkerScript[];
}

/** "assets/import.worker-C3p2ToKL.js" → "import.worker" (Vite's hashes are 8 characters). */
export function workerName(file: string): string {
  const base = file.slice(file.lastIndexOf("/") + 1);
  return base.replace(/-[\w-]{8}\.js$/, "");
}

const NO_SIZE: Sizes = { raw: 0, gzip: 0, brotli: 0 };

/**
 * Groups the build's files into the first page and the lazy chunks. `firstPageRoutes` are the
 * lazy chunks that render the first page (the index route), counted in it.
 */
export function analyseBundle(
  manifest: ViteManifest,
  firstPageRoutes: readonly string[],
  sizeOf: (file: string) => Sizes,
  dynamicImportsOf: (file: string) => string[] = () => [],
): BundleReport {
  const closure = (keys: readonly string[]): Set<string> => {
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (seen.has(key) || !manifest[key]) return;
      seen.add(key);
      manifest[key].imports?.forEach(visit);
    };
    keys.forEach(visit);
    return seen;
  };
  const group = (name: string, keys: Iterable<string>, already: ReadonlySet<string>) => {
    const files = [...keys]
      .filter((key) => !already.has(key))
      .flatMap((key) => {
        const chunk = manifest[key];
        return chunk ? [chunk.file, ...(chunk.css ?? [])] : [];
      });
    const unique = [...new Set(files)].sort();
    const total = (extension: string) =>
      unique
        .filter((file) => file.endsWith(extension))
        .map(sizeOf)
        .reduce(addSizes, NO_SIZE);
    return { name, files: unique, js: total(".js"), css: total(".css") };
  };
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  const firstPageKeys = closure([...entries, ...firstPageRoutes]);
  const lazy = Object.keys(manifest)
    .filter((key) => manifest[key]?.isDynamicEntry && !firstPageRoutes.includes(key))
    .map((key) => group(key, closure([key]), firstPageKeys))
    .sort((a, b) => b.js.gzip - a.js.gzip || a.name.localeCompare(b.name));
  // A worker started from the first page counts there, whichever other chunks start it too.
  const workers = new Map<string, WorkerScript>();
  for (const [key, chunk] of Object.entries(manifest)) {
    for (const file of (chunk.assets ?? []).filter((asset) => asset.endsWith(".js"))) {
      const startedBy = firstPageKeys.has(key) ? "index.html" : key;
      if (workers.get(file)?.startedBy === "index.html") continue;
      const onDemand = dynamicImportsOf(file);
      workers.set(file, {
        name: workerName(file),
        file,
        startedBy,
        js: sizeOf(file),
        onDemand: { files: onDemand, js: onDemand.map(sizeOf).reduce(addSizes, NO_SIZE) },
      });
    }
  }
  return {
    firstPage: group("index.html", firstPageKeys, new Set()),
    lazy,
    workers: [...workers.values()].sort((a, b) => b.js.gzip - a.js.gzip),
  };
}

/** Reads a build made with `vite build --manifest` and measures its files. */
export function measureBuild(outDir: string, firstPageRoutes: readonly string[]): BundleReport {
  const manifest = ViteManifestSchema.parse(
    JSON.parse(readFileSync(join(outDir, ".vite/manifest.json"), "utf8")),
  );
  return analyseBundle(
    manifest,
    firstPageRoutes,
    (file) => compressedSizes(readFileSync(join(outDir, file))),
    (file) => workerDynamicImports(file, readFileSync(join(outDir, file), "utf8")),
  );
}

/**
 * The chunks an ES-module worker imports on demand, as built files: Vite writes each as
 * `import(\`./name-hash.js\`)` beside the worker (its manifest lists only the worker itself).
 */
export function workerDynamicImports(file: string, code: string): string[] {
  const folder = file.slice(0, file.lastIndexOf("/") + 1);
  const found = [...code.matchAll(/import\(\s*[`'"]\.\/([\w.-]+\.js)[`'"]\s*\)/g)];
  return [...new Set(found.map((match) => `${folder}${match[1]}`))].sort();
}

export function compressedSizes(content: Buffer, brotliQuality = 11): Sizes {
  return {
    raw: content.byteLength,
    gzip: gzipSync(content).byteLength,
    brotli: brotliCompressSync(content, {
      params: { [zlibConstants.BROTLI_PARAM_QUALITY]: brotliQuality },
    }).byteLength,
  };
}

export function addSizes(a: Sizes, b: Sizes): Sizes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}
