import { postingsOf, type SearchIndex } from "@/domain/search/build-search-index";
import { editDistanceWithin } from "@/domain/search/edit-distance";
import type { QueryClause } from "@/domain/search/parse-query";

/** An index term a clause matches, and how much a match through it counts (exact = 1). */
export interface TermAlternative {
  term: string;
  quality: number;
}

/** A prefix typed so far stands for at most this many words, the most common first. */
const MAX_PREFIX_TERMS = 64;
const FUZZY_QUALITY = [1, 0.5, 0.3];

function prefixRange(sorted: readonly string[], prefix: string): [number, number] {
  const lowerBound = (value: string) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((sorted[mid] ?? "") < value) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return [lowerBound(prefix), lowerBound(`${prefix}\uffff`)];
}

function prefixAlternatives(index: SearchIndex, prefix: string): TermAlternative[] {
  const [from, to] = prefixRange(index.sortedTerms, prefix);
  const terms = index.sortedTerms.slice(from, to).filter((term) => term !== prefix);
  if (terms.length > MAX_PREFIX_TERMS) {
    const frequency = (term: string) => postingsOf(index, term)?.docs.length ?? 0;
    terms.sort((a, b) => frequency(b) - frequency(a));
    terms.length = MAX_PREFIX_TERMS;
  }
  // A longer completion is a weaker match: "nea" → "near" counts more than → "nearly".
  return terms.map((term) => ({ term, quality: 0.45 + 0.4 * (prefix.length / term.length) }));
}

/** Typos allowed: none for short words, one from four letters, two from eight. */
function allowedTypos(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

function distanceToPrefix(term: string, candidate: string, max: number): number | null {
  // "volkwa" is one letter short of "volksw|agen"'s beginning: compare the nearby lengths too.
  let best: number | null = null;
  for (let length = term.length - 1; length <= term.length + 1; length += 1) {
    if (length > candidate.length) break;
    const distance = editDistanceWithin(term, candidate.slice(0, length), max);
    if (distance !== null && (best === null || distance < best)) best = distance;
  }
  return best;
}

function fuzzyAlternatives(index: SearchIndex, term: string, isPrefix: boolean): TermAlternative[] {
  const max = allowedTypos(term.length);
  if (max === 0 || !/^[a-z]+$/.test(term)) return [];
  const found: TermAlternative[] = [];
  for (const [length, candidates] of index.termsByLength) {
    if (length < term.length - max || (!isPrefix && length > term.length + max)) continue;
    for (const candidate of candidates) {
      const distance = isPrefix
        ? distanceToPrefix(term, candidate, max)
        : editDistanceWithin(term, candidate, max);
      if (distance !== null && distance > 0)
        found.push({ term: candidate, quality: FUZZY_QUALITY[distance] ?? 0 });
    }
  }
  return found;
}

/**
 * The index terms a clause matches: the term itself, its completions while typing, and when
 * neither exists, words one or two typos away; plus the entities it names.
 */
export function expandClause(index: SearchIndex, clause: QueryClause): TermAlternative[] {
  const alternatives = clause.keys.map((key) => ({ term: key, quality: 1 }));
  const { term } = clause;
  if (term === null) return alternatives;
  if (index.termIds.has(term)) alternatives.push({ term, quality: 1 });
  const completions = clause.isPrefix ? prefixAlternatives(index, term) : [];
  alternatives.push(...completions);
  if (!index.termIds.has(term) && completions.length === 0)
    alternatives.push(...fuzzyAlternatives(index, term, clause.isPrefix));
  return alternatives;
}
