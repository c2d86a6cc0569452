import { timeTasks } from "./timing";
import type { BenchRow } from "./types";

/** One timed figure of ours, optionally beside a baseline timed in the same run. */
export interface Comparison {
  metric: string;
  ours: () => unknown;
  baseline?: { label: string; run: () => unknown };
  /** At most this many ms. */
  budget?: number;
  note?: string;
}

/**
 * Times every comparison's functions with tinybench (one warm-up, then `iterations` calls of
 * each, ours and the baseline alternating by comparison) and turns the medians into rows.
 */
export async function measureComparisons(
  comparisons: readonly Comparison[],
  iterations: number,
): Promise<BenchRow[]> {
  const tasks: Record<string, () => unknown> = {};
  comparisons.forEach((comparison, at) => {
    tasks[`${at} ours`] = comparison.ours;
    if (comparison.baseline) tasks[`${at} baseline`] = comparison.baseline.run;
  });
  const timings = await timeTasks(tasks, iterations);
  return comparisons.map((comparison, at) => {
    const ours = timings.get(`${at} ours`);
    if (!ours) throw new Error(`no timing for ${comparison.metric}`);
    const baseline = comparison.baseline && timings.get(`${at} baseline`);
    const samples = `median of ${ours.samples} runs`;
    return {
      metric: comparison.metric,
      value: ours.median,
      unit: "ms",
      better: "lower",
      ...(comparison.baseline && baseline
        ? { baseline: { label: comparison.baseline.label, value: baseline.median } }
        : {}),
      ...(comparison.budget === undefined ? {} : { budget: comparison.budget }),
      note: comparison.note ? `${comparison.note}; ${samples}` : samples,
    };
  });
}

/** Times a one-off step (building an index) as the median of a few calls. */
export async function measureOnce(
  metric: string,
  run: () => unknown,
  iterations: number,
  note: string,
): Promise<BenchRow> {
  const [row] = await measureComparisons([{ metric, ours: run, note }], iterations);
  if (!row) throw new Error(`no timing for ${metric}`);
  return row;
}
