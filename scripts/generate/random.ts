/**
 * A small seeded random source for the synthetic data generator: the same seed gives the same
 * sequence on every machine, so generated datasets are reproducible byte for byte.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** An index drawn with the given cumulative weights (see `cumulative`). */
  weightedIndex(cumulativeWeights: readonly number[]): number;
}

/** mulberry32: a 32-bit generator, plenty for test data (not for anything secret). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error("cannot pick from an empty list");
      return item;
    },
    weightedIndex(cumulativeWeights) {
      const total = cumulativeWeights[cumulativeWeights.length - 1] ?? 0;
      const target = next() * total;
      // Binary search: the first index whose cumulative weight exceeds the target.
      let low = 0;
      let high = cumulativeWeights.length - 1;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if ((cumulativeWeights[mid] ?? 0) > target) high = mid;
        else low = mid + 1;
      }
      return low;
    },
  };
}

/** Running totals of weights, for `Random.weightedIndex`. */
export function cumulative(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((weight) => (sum += weight));
}

/**
 * Zipf-like popularity: the first item weighs 1, the n-th 1/n^exponent. Real data is skewed this
 * way (a few ministries issue most documents, a few companies make most news).
 */
export function zipfWeights(count: number, exponent: number): number[] {
  return Array.from({ length: count }, (_, rank) => 1 / (rank + 1) ** exponent);
}
