import { describe, expect, it } from "vitest";
import type { Postings } from "./posting-store";
import { scoreClauses, type ScoredClause } from "./score-clauses";

const postings = (entries: [doc: number, weight: number][]): Postings => ({
  docs: Int32Array.from(entries.map(([doc]) => doc)),
  weights: Float32Array.from(entries.map(([, weight]) => weight)),
});

const clause = (...alternatives: [entries: [number, number][], factor: number][]): ScoredClause => {
  const built = alternatives.map(([entries, factor]) => ({ postings: postings(entries), factor }));
  return { alternatives: built, size: built.reduce((sum, a) => sum + a.postings.docs.length, 0) };
};

function ranked(clauses: ScoredClause[], recordCount = 10): [number, number][] {
  const { docs, scores } = scoreClauses(clauses, recordCount);
  return [...docs].map((doc, at) => [doc, scores[at] ?? 0] as [number, number]);
}

describe("scoring the clauses of a query", () => {
  it("counts a clause's best alternative once, not the sum of every alternative", () => {
    // Record 0 matches both the alias and the acronym of one name; record 1 only the alias.
    const name = clause(
      [
        [
          [0, 2],
          [1, 3],
        ],
        1,
      ],
      [[[0, 2]], 1],
    );
    expect(ranked([name])).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });

  it("adds the best alternative of each clause a record meets and drops one that misses a clause", () => {
    const first = clause([
      [
        [0, 1],
        [1, 1],
        [2, 1],
      ],
      1,
    ]);
    const second = clause(
      [
        [
          [1, 2],
          [2, 4],
        ],
        0.5,
      ],
      [[[2, 4]], 0.25],
    );
    expect(ranked([first, second])).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });

  it("scores the same when few candidates are looked up instead of walked", () => {
    // The rare clause leaves one candidate, so the long clause is looked up, not scanned.
    const rare = clause([[[7, 1]], 1]);
    const common = clause(
      [Array.from({ length: 200 }, (_, doc) => [doc, 1] as [number, number]), 1],
      [[[7, 5]], 0.8],
    );
    expect(ranked([common, rare], 200)).toEqual([[7, 5]]);
  });

  it("looks up each of several candidates' own weight and drops one the later clause lacks", () => {
    // Records 2, 5 and 9 meet the rare clause; the long clause holds every record but 9, record n
    // weighing n % 7 + 1 (so 2 → 3, 5 → 6), and is looked up: 3 candidates × 20 < 199 postings.
    const rare = clause([
      [
        [2, 1],
        [5, 1],
        [9, 1],
      ],
      1,
    ]);
    const everyRecord = Array.from(
      { length: 200 },
      (_, doc) => [doc, (doc % 7) + 1] as [number, number],
    );
    const common = clause([everyRecord.filter(([doc]) => doc !== 9), 1]);
    expect(ranked([common, rare], 200)).toEqual([
      [2, 4],
      [5, 7],
    ]);
  });

  it("finds nothing when a clause matches no record, and leaves no state behind", () => {
    const some = clause([[[3, 1]], 1]);
    expect(ranked([some, clause()])).toEqual([]);
    expect(ranked([some])).toEqual([[3, 1]]);
  });

  it("looks up a candidate in the later half of a long clause", () => {
    const rare = clause([[[150, 1]], 1]);
    const common = clause([
      Array.from({ length: 200 }, (_, doc) => [doc, 2] as [number, number]),
      1,
    ]);
    expect(ranked([rare, common], 200)).toEqual([[150, 3]]);
  });

  it("counts the best alternative of the first clause even when a weaker one comes after it", () => {
    expect(ranked([clause([[[4, 3]], 1], [[[4, 1]], 1])])).toEqual([[4, 3]]);
  });

  it("keeps a looked-up record for a third clause that is walked", () => {
    // One candidate: the 25-posting clause is looked up (1 × 1 × 20 < 25), the third clause of two
    // alternatives and 30 postings is walked (1 × 2 × 20 ≥ 30), and must still find record 3.
    const rare = clause([[[3, 1]], 1]);
    const looked = clause([
      Array.from({ length: 25 }, (_, doc) => [doc, 1] as [number, number]),
      1,
    ]);
    const walked = clause(
      [Array.from({ length: 15 }, (_, doc) => [doc, 1] as [number, number]), 1],
      [Array.from({ length: 15 }, (_, doc) => [doc + 15, 1] as [number, number]), 1],
    );
    expect(ranked([walked, looked, rare], 40)).toEqual([[3, 3]]);
  });

  it("finds nothing for a query without clauses", () => {
    expect(ranked([])).toEqual([]);
  });

  it("leaves the caller's clauses in their order", () => {
    const long = clause([
      [
        [1, 1],
        [2, 1],
      ],
      1,
    ]);
    const short = clause([[[2, 1]], 1]);
    const clauses = [long, short];
    scoreClauses(clauses, 10);
    expect(clauses).toEqual([long, short]);
  });

  it("keeps an earlier answer intact when the next query runs", () => {
    const first = scoreClauses([clause([[[1, 1]], 1])], 10);
    scoreClauses([clause([[[6, 2]], 1])], 10);
    expect([...first.docs]).toEqual([1]);
  });
});
