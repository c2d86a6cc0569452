/** Records of one term, in index order, with the term's weight in each. */
export interface Postings {
  docs: Int32Array;
  weights: Float32Array;
}

/** Per-term sums indexed by term id, reused from record to record to spare allocations. */
export class TermCounter {
  private values = new Float64Array(1024);
  private readonly touched: number[] = [];

  add(id: number, amount: number) {
    if (id >= this.values.length) {
      const grown = new Float64Array(Math.max(id + 1, this.values.length * 2));
      grown.set(this.values);
      this.values = grown;
    }
    if (this.values[id] === 0) this.touched.push(id);
    this.values[id] = (this.values[id] ?? 0) + amount;
  }

  /** Visits every non-zero sum and resets it. */
  drain(visit: (id: number, value: number) => void) {
    for (const id of this.touched) {
      visit(id, this.values[id] ?? 0);
      this.values[id] = 0;
    }
    this.touched.length = 0;
  }
}

/**
 * Every (term, record, weight) posting in three flat typed arrays, in the order they were
 * added. Millions of postings in per-term JS arrays made the garbage collector the slowest
 * part of indexing; flat arrays grow a few times, and `toPostings` lays them out per term.
 */
export class PostingStore {
  private terms = new Int32Array(1 << 16);
  private docs = new Int32Array(1 << 16);
  private weights = new Float32Array(1 << 16);
  private size = 0;
  private readonly counts: number[] = [];

  add(term: number, doc: number, weight: number) {
    if (this.size === this.docs.length) this.grow();
    this.terms[this.size] = term;
    this.docs[this.size] = doc;
    this.weights[this.size] = weight;
    this.size += 1;
    this.counts[term] = (this.counts[term] ?? 0) + 1;
  }

  private grow() {
    const length = this.docs.length * 2;
    const terms = new Int32Array(length);
    const docs = new Int32Array(length);
    const weights = new Float32Array(length);
    terms.set(this.terms);
    docs.set(this.docs);
    weights.set(this.weights);
    [this.terms, this.docs, this.weights] = [terms, docs, weights];
  }

  /**
   * The postings of each term id (0 to `termCount` - 1) as views into one contiguous pair of
   * arrays; records stay in the order added, which is index order, so each list is sorted.
   */
  toPostings(termCount: number): Postings[] {
    const starts = new Int32Array(termCount + 1);
    for (let term = 0; term < termCount; term += 1)
      starts[term + 1] = (starts[term] ?? 0) + (this.counts[term] ?? 0);
    const docs = new Int32Array(this.size);
    const weights = new Float32Array(this.size);
    const next = starts.slice(0, termCount);
    for (let at = 0; at < this.size; at += 1) {
      const term = this.terms[at] ?? 0;
      const slot = next[term] ?? 0;
      docs[slot] = this.docs[at] ?? 0;
      weights[slot] = this.weights[at] ?? 0;
      next[term] = slot + 1;
    }
    return Array.from({ length: termCount }, (_, term) => {
      const start = starts[term] ?? 0;
      const end = starts[term + 1] ?? start;
      return { docs: docs.subarray(start, end), weights: weights.subarray(start, end) };
    });
  }
}
