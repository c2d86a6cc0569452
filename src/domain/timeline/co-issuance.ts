import type { IssuingBody, Policy } from "@/data/model";

/** Who issues with whom: `counts[i][j]` documents name both bodies; the diagonal, all of one's. */
export interface CoIssuanceMatrix {
  /** Bodies by number of documents, most first. */
  bodies: IssuingBody[];
  counts: number[][];
  /** The largest count off the diagonal, for the colour scale. */
  maxPair: number;
}

export interface CoIssuancePair {
  a: IssuingBody;
  b: IssuingBody;
  count: number;
}

/** Counts, for every pair of issuing bodies, the documents they issued together. */
export function buildCoIssuanceMatrix(policies: readonly Policy[]): CoIssuanceMatrix {
  const totals = new Map<string, { body: IssuingBody; count: number }>();
  for (const policy of policies) {
    for (const body of policy.issuingBodies) {
      const total = totals.get(body.id) ?? { body, count: 0 };
      total.count += 1;
      totals.set(body.id, total);
    }
  }
  const bodies = [...totals.values()]
    .sort((a, b) => b.count - a.count || a.body.acronym.localeCompare(b.body.acronym))
    .map((total) => total.body);
  const index = new Map(bodies.map((body, at) => [body.id, at]));
  const counts = bodies.map(() => bodies.map(() => 0));
  let maxPair = 0;
  for (const policy of policies) {
    const rows = policy.issuingBodies.flatMap((body) => index.get(body.id) ?? []);
    for (const i of rows) {
      const row = counts[i];
      if (!row) continue;
      for (const j of rows) {
        row[j] = (row[j] ?? 0) + 1;
        if (i !== j) maxPair = Math.max(maxPair, row[j]);
      }
    }
  }
  return { bodies, counts, maxPair };
}

/** The pairs that issued together, most frequent first: the matrix as a table. */
export function toCoIssuancePairs(matrix: CoIssuanceMatrix): CoIssuancePair[] {
  const pairs: CoIssuancePair[] = [];
  matrix.bodies.forEach((a, i) => {
    matrix.bodies.forEach((b, j) => {
      const count = matrix.counts[i]?.[j] ?? 0;
      if (j > i && count > 0) pairs.push({ a, b, count });
    });
  });
  return pairs.sort(
    (x, y) =>
      y.count - x.count ||
      x.a.acronym.localeCompare(y.a.acronym) ||
      x.b.acronym.localeCompare(y.b.acronym),
  );
}
