/** The median of some samples; NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The largest value, 0 for none. */
export function largest(values: readonly number[]): number {
  return values.reduce((a, b) => Math.max(a, b), 0);
}

/** Waits until `read` returns at least `count` entries, polling; the entries. */
export async function waitForCount<T>(
  read: () => Promise<readonly T[]>,
  count: number,
  timeoutMs: number,
): Promise<readonly T[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await read();
    if (found.length >= count) return found;
    if (Date.now() > deadline)
      throw new Error(`waited ${timeoutMs / 1000} s for ${count} entries, saw ${found.length}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until `read` returns entries and their number has not changed for `quietMs`. */
export async function waitForQuiet<T>(
  read: () => Promise<readonly T[]>,
  quietMs: number,
  timeoutMs: number,
): Promise<readonly T[]> {
  const deadline = Date.now() + timeoutMs;
  let seen = -1;
  let since = Date.now();
  for (;;) {
    const found = await read();
    if (found.length !== seen) [seen, since] = [found.length, Date.now()];
    else if (seen > 0 && Date.now() - since >= quietMs) return found;
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs / 1000} s, saw ${seen} entries`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
