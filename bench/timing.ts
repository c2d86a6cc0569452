import { Bench } from "tinybench";

export interface Timing {
  /** Median of the samples, in ms: steadier than the mean on a shared machine. */
  median: number;
  mean: number;
  samples: number;
}

/**
 * Times each task with tinybench: one warm-up call, then exactly `iterations` calls, one after
 * another in this order. A task that throws fails the whole measurement.
 */
export async function timeTasks(
  tasks: Readonly<Record<string, () => unknown>>,
  iterations: number,
): Promise<Map<string, Timing>> {
  const bench = new Bench({ iterations, time: 0, warmupIterations: 1, warmupTime: 0 });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  const timings = new Map<string, Timing>();
  for (const task of bench.tasks) {
    const { result } = task;
    if (result.state === "errored") throw result.error;
    if (result.state !== "completed") throw new Error(`${task.name} did not complete`);
    timings.set(task.name, {
      median: result.latency.p50,
      mean: result.latency.mean,
      samples: result.latency.samplesCount,
    });
  }
  return timings;
}
