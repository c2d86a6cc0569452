import { postingsOf, type SearchIndex } from "@/domain/search/build-search-index";
import { scoreClauses, type Alternative, type ScoredClause } from "@/domain/search/score-clauses";
import { expandClause } from "@/domain/search/expand-clause";
import { parseQuery } from "@/domain/search/parse-query";

/** What to mark in the results: index terms that matched, prefixes typed, names matched. */
export interface HighlightTerms {
  terms: ReadonlySet<string>;
  prefixes: readonly string[];
  /** Names (as term sequences) of the entities the query named, so "VW" marks "Volkswagen". */
  phrases: readonly (readonly string[])[];
}

/** Nothing to mark. */
export const NO_HIGHLIGHT: HighlightTerms = { terms: new Set(), prefixes: [], phrases: [] };

/** Every record that meets all clauses of a query, with its relevance score. */
export interface QueryMatch {
  /** Record indexes, in no particular order (sorting them all would cost more than a query). */
  docs: Int32Array;
  /** Score of each record in `docs`, at the same position. */
  scores: Float64Array;
  highlight: HighlightTerms;
}

/** Rarer terms tell more: the usual BM25 inverse document frequency. */
function idf(total: number, frequency: number): number {
  return Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
}

/**
 * Scores the records that meet every clause of `query`: the typed terms, their completions
 * while typing, near spellings, and the entities the query names.
 */
export function matchQuery(index: SearchIndex, query: string): QueryMatch {
  const total = index.records.length;
  const highlight = {
    terms: new Set<string>(),
    prefixes: new Array<string>(),
    phrases: new Array<readonly string[]>(),
  };
  const clauses = parseQuery(query, index.aliases).map((clause): ScoredClause => {
    if (clause.isPrefix && clause.term) highlight.prefixes.push(clause.term);
    const alternatives: Alternative[] = [];
    for (const { term, quality } of expandClause(index, clause)) {
      const postings = postingsOf(index, term);
      if (!postings) continue;
      if (term.startsWith("@"))
        highlight.phrases.push(...(index.aliases.phrasesByKey.get(term) ?? []));
      else highlight.terms.add(term);
      alternatives.push({ postings, factor: idf(total, postings.docs.length) * quality });
    }
    const size = alternatives.reduce((sum, { postings }) => sum + postings.docs.length, 0);
    return { alternatives, size };
  });
  return { ...scoreClauses(clauses, total), highlight };
}
