import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDiskDataset } from "../../tests/disk-dataset";
import { timeTasks } from "../timing";
import { formatCount } from "../format";
import type { BenchRow, BenchSection, ScaleSize } from "../types";

/**
 * Loading a dataset through the app's real loader (JSON parse, zod validation, normalisation,
 * reference resolution), served from memory so disk speed does not count, beside the floor of
 * JSON.parse alone on the same texts: the ratio shows what validation costs.
 */
export const dataLoadSection: BenchSection = {
  id: "data-load",
  title: "Data load (Node)",
  async run(context) {
    const rows: BenchRow[] = [];
    for (const size of ["small", "large"] satisfies ScaleSize[]) {
      const data = await context.scaleData(size);
      const loaded = await context.scaleDataset(size);
      if (loaded.problems.length > 0 || loaded.corporateNews.length !== data.news) {
        throw new Error(`the generated ${size} dataset does not load cleanly`);
      }
      const texts = Object.fromEntries(
        data.files.map((file) => [file, readFileSync(join(data.dir, file), "utf8")]),
      );
      const iterations = context.quick ? 2 : size === "large" ? 5 : 15;
      const timings = await timeTasks(
        {
          loader: () => loadDiskDataset(data.dir, texts),
          floor: () => Object.values(texts).map((text): unknown => JSON.parse(text)),
        },
        iterations,
      );
      const loader = timings.get("loader");
      const floor = timings.get("floor");
      if (!loader || !floor) throw new Error("a timing is missing");
      rows.push({
        metric: `Load and validate ${formatCount(data.policies)} policies / ${formatCount(data.news)} news items`,
        value: loader.median,
        unit: "ms",
        better: "lower",
        baseline: { label: "JSON.parse alone", value: floor.median },
        note: `median of ${loader.samples} runs; ${loaded.targets.length} targets`,
      });
    }
    return rows;
  },
};
