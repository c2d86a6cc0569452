import type { Dataset } from "../../src/data/model";
import {
  listSearchRecords,
  toSearchDocument,
  type SearchKind,
  type SearchRecord,
} from "../../src/domain/search/search-documents";

/** Matches per kind, and the first `limit` of each. */
export type NaiveSearchResults = Map<SearchKind, { total: number; hits: SearchRecord[] }>;

/**
 * The reference the search index is timed beside: a lower-case substring scan over the same
 * records' texts on every query, first `limit` matches per kind. It neither ranks, nor
 * tolerates typos, nor expands aliases, so it does less than `searchIndex`: a floor for what a
 * scan costs, not an equivalent.
 */
export function searchNaive(dataset: Dataset, query: string, limit = 5): NaiveSearchResults {
  const terms = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const results: NaiveSearchResults = new Map();
  if (terms.length === 0) return results;
  for (const record of listSearchRecords(dataset)) {
    const text = toSearchDocument(record)
      .fields.flatMap((field) => field.texts)
      .join("\n")
      .toLocaleLowerCase();
    if (!terms.every((term) => text.includes(term))) continue;
    const group = results.get(record.kind) ?? { total: 0, hits: [] };
    group.total += 1;
    if (group.hits.length < limit) group.hits.push(record);
    results.set(record.kind, group);
  }
  return results;
}
