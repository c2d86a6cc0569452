import type { Postings } from "@/domain/search/posting-store";

/** One way a clause can match: a term's postings and what a match through it is worth. */
export interface Alternative {
  postings: Postings;
  factor: number;
}

/** A clause as scored: its alternatives and how many postings they hold in all. */
export interface ScoredClause {
  alternatives: readonly Alternative[];
  size: number;
}

/**
 * Per-record work arrays, all zero between queries, and lists of record indexes. Allocating
 * megabytes per keystroke made the garbage collector pause queries for tens of milliseconds,
 * and growing a plain array to 100,000 entries was the slowest step of a one-word query.
 */
interface Scratch {
  scores: Float64Array;
  clauseScore: Float64Array;
  /** How many clauses each record has met so far. */
  matched: Uint16Array;
  /** The records the first clause touched (to clear them after), and two lists to alternate. */
  touched: Int32Array;
  lists: [Int32Array, Int32Array];
}

const scratchBySize = new Map<number, Scratch>();

function scratchFor(size: number): Scratch {
  let scratch = scratchBySize.get(size);
  if (!scratch) {
    scratch = {
      scores: new Float64Array(size),
      clauseScore: new Float64Array(size),
      matched: new Uint16Array(size),
      touched: new Int32Array(size),
      lists: [new Int32Array(size), new Int32Array(size)],
    };
    scratchBySize.set(size, scratch);
  }
  return scratch;
}

/** The weight of `doc` in sorted postings, by binary search; 0 when the term is not there. */
function weightOf({ docs, weights }: Postings, doc: number): number {
  let low = 0;
  let high = docs.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const value = docs[mid] ?? 0;
    if (value === doc) return weights[mid] ?? 0;
    if (value < doc) low = mid + 1;
    else high = mid - 1;
  }
  return 0;
}

/** Walks the first clause's postings straight into the scores: for one word, the whole work. */
function scanFirstClause(clause: ScoredClause, s: Scratch, out: Int32Array): number {
  let count = 0;
  for (const { postings, factor } of clause.alternatives) {
    const { docs, weights } = postings;
    for (let i = 0; i < docs.length; i += 1) {
      const doc = docs[i] ?? 0;
      const score = (weights[i] ?? 0) * factor;
      if (s.matched[doc] === 0) {
        s.matched[doc] = 1;
        out[count++] = doc;
      }
      if (score > (s.scores[doc] ?? 0)) s.scores[doc] = score;
    }
  }
  return count;
}

/** Adds a later clause's best alternative to each candidate that has it (few candidates). */
function lookUpClause(
  clause: ScoredClause,
  candidates: Int32Array,
  position: number,
  s: Scratch,
  out: Int32Array,
): number {
  let count = 0;
  for (const doc of candidates) {
    let best = 0;
    for (const { postings, factor } of clause.alternatives)
      best = Math.max(best, weightOf(postings, doc) * factor);
    if (best === 0) continue;
    s.scores[doc] = (s.scores[doc] ?? 0) + best;
    s.matched[doc] = position + 1;
    out[count++] = doc;
  }
  return count;
}

/** Walks a later clause's postings, keeping records that met every earlier clause. */
function scanClause(clause: ScoredClause, position: number, s: Scratch, out: Int32Array): number {
  let count = 0;
  for (const { postings, factor } of clause.alternatives) {
    const { docs, weights } = postings;
    for (let i = 0; i < docs.length; i += 1) {
      const doc = docs[i] ?? 0;
      if (s.matched[doc] !== position) continue;
      const score = (weights[i] ?? 0) * factor;
      if (s.clauseScore[doc] === 0) out[count++] = doc;
      if (score > (s.clauseScore[doc] ?? 0)) s.clauseScore[doc] = score;
    }
  }
  for (let at = 0; at < count; at += 1) {
    const doc = out[at] ?? 0;
    s.scores[doc] = (s.scores[doc] ?? 0) + (s.clauseScore[doc] ?? 0);
    s.matched[doc] = position + 1;
    s.clauseScore[doc] = 0;
  }
  return count;
}

/**
 * The records that meet every clause, with their summed scores (aligned with `docs`). Within a
 * clause the best alternative counts, so an alias and its acronym are not counted twice.
 * Clauses run rarest first; once few records are left, later clauses look those records up
 * instead of walking long postings ("co 0421" does not visit the 100,000 records with "co").
 */
export function scoreClauses(
  clauses: readonly ScoredClause[],
  recordCount: number,
): { docs: Int32Array; scores: Float64Array } {
  const ordered = [...clauses].sort((a, b) => a.size - b.size);
  const [first] = ordered;
  if (!first || first.size === 0) return { docs: new Int32Array(0), scores: new Float64Array(0) };
  const s = scratchFor(recordCount);
  // Every record a later clause can keep met the first: clearing these clears everything.
  const touchedCount = scanFirstClause(first, s, s.touched);
  let candidates = s.touched.subarray(0, touchedCount);
  for (let position = 1; position < ordered.length && candidates.length > 0; position += 1) {
    const clause = ordered[position];
    const out = s.lists[position % 2];
    if (!clause || !out) break;
    const isFew = candidates.length * clause.alternatives.length * 20 < clause.size;
    const count = isFew
      ? lookUpClause(clause, candidates, position, s, out)
      : scanClause(clause, position, s, out);
    candidates = out.subarray(0, count);
  }
  const docs = candidates.slice();
  const scores = new Float64Array(docs.length);
  for (let at = 0; at < docs.length; at += 1) scores[at] = s.scores[docs[at] ?? 0] ?? 0;
  for (let at = 0; at < touchedCount; at += 1) {
    const doc = s.touched[at] ?? 0;
    s.scores[doc] = 0;
    s.matched[doc] = 0;
  }
  return { docs, scores };
}
