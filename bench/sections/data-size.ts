import { readFileSync } from "node:fs";
import { join } from "node:path";
import { addSizes, compressedSizes, type Sizes } from "../bundle-size";
import { formatCount } from "../format";
import type { BenchRow, BenchSection } from "../types";

/** The limit for the 100k-item dataset on the wire, gzip. */
const LARGE_GZIP_BUDGET_MB = 8;
/** On-the-fly brotli, as servers and CDNs compress JSON (quality 11 takes ~40 s for 32 MB). */
const BROTLI_QUALITY = 5;

/**
 * What the browser downloads for the large generated dataset: every file the manifest lists,
 * each compressed on its own as a server sends it.
 */
export const dataSizeSection: BenchSection = {
  id: "data-size",
  title: "Data on the wire",
  async run(context) {
    const data = await context.scaleData("large");
    const perFile = data.files.map((file) => ({
      file,
      sizes: compressedSizes(readFileSync(join(data.dir, file)), BROTLI_QUALITY),
    }));
    const total = perFile.map((f) => f.sizes).reduce(addSizes);
    const largest = perFile.reduce((a, b) => (b.sizes.raw > a.sizes.raw ? b : a));
    const what = `${formatCount(data.policies)} policies / ${formatCount(data.news)} news, ${data.files.length} files`;
    const mb = (sizes: Sizes, key: keyof Sizes) => sizes[key] / 1_000_000;
    const rows: BenchRow[] = [
      { metric: `${what}, raw`, value: mb(total, "raw"), unit: "MB", better: "lower" },
      {
        metric: `${what}, gzip`,
        value: mb(total, "gzip"),
        unit: "MB",
        better: "lower",
        budget: LARGE_GZIP_BUDGET_MB,
        note: "gzip level 6, per file",
      },
      {
        metric: `${what}, brotli`,
        value: mb(total, "brotli"),
        unit: "MB",
        better: "lower",
        note: `brotli quality ${BROTLI_QUALITY}, per file`,
      },
      {
        metric: `Largest file (${largest.file}), gzip`,
        value: mb(largest.sizes, "gzip"),
        unit: "MB",
        better: "lower",
        note: `${mb(largest.sizes, "raw").toFixed(2)} MB raw`,
      },
    ];
    return rows;
  },
};
