import { memoByIdentity } from "@/core/memo-by-identity";
import type { Company, CorporateNews } from "@/data/model";
import type { NewsIndex } from "@/domain/news/news-index";
import { toNewsSearchText, toSearchTokens } from "@/domain/news/search-text";

/** Search tokens in code-unit order, so all tokens with a given prefix sit side by side. */
export interface TextIndex {
  tokens: readonly string[];
  /** Positions of the items holding each token, ascending. */
  postings: readonly Uint32Array[];
}

function buildTextIndex(items: readonly CorporateNews[]): TextIndex {
  const byToken = new Map<string, number[]>();
  // Companies recur across thousands of items: tokenize each one's names once.
  const companyTokens = new Map<Company, string[]>();
  const tokensOf = (company: Company) => {
    const cached = companyTokens.get(company);
    if (cached) return cached;
    const tokens = toSearchTokens(toNewsSearchText({ text: "", companies: [company] }));
    companyTokens.set(company, tokens);
    return tokens;
  };
  // Items come in position order: a token already holding this item has it last.
  const add = (token: string, position: number) => {
    const list = byToken.get(token);
    if (!list) byToken.set(token, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  };
  items.forEach((item, position) => {
    for (const token of toSearchTokens(item.text)) add(token, position);
    for (const company of item.companies) {
      for (const token of tokensOf(company)) add(token, position);
    }
  });
  const tokens = [...byToken.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { tokens, postings: tokens.map((token) => Uint32Array.from(byToken.get(token) ?? [])) };
}

/**
 * The text index of a news index, built on first use: a page can draw its list first and build
 * this while idle (tokenizing every item is the costliest part of indexing).
 */
export const textIndexOf = memoByIdentity((index: NewsIndex): TextIndex =>
  buildTextIndex(index.items),
);

/** The first token not below `term` in code-unit order. */
function lowerBound(tokens: readonly string[], term: string): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((tokens[mid] ?? "") < term) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Per text index: a mark per item, reused by every search, and the last search's answer. */
interface MatchState {
  /** `marks[position] === generation`: the item holds a token starting with the latest term. */
  marks: Uint32Array;
  generation: number;
  last: { terms: readonly string[]; positions: Uint32Array } | null;
}

const matchStates = new WeakMap<TextIndex, MatchState>();

function matchStateOf(text: TextIndex, itemCount: number): MatchState {
  const cached = matchStates.get(text);
  if (cached && cached.marks.length === itemCount) return cached;
  const state: MatchState = { marks: new Uint32Array(itemCount), generation: 0, last: null };
  matchStates.set(text, state);
  return state;
}

/** Marks the items holding a token that starts with `term`: one binary search, then postings. */
function markTerm(text: TextIndex, term: string, state: MatchState): void {
  if (state.generation === 0xffffffff) {
    state.marks.fill(0);
    state.generation = 0;
  }
  state.generation += 1;
  const { marks, generation } = state;
  for (let at = lowerBound(text.tokens, term); at < text.tokens.length; at += 1) {
    if (!(text.tokens[at] ?? "").startsWith(term)) break;
    const postings = text.postings[at] ?? new Uint32Array(0);
    for (let p = 0; p < postings.length; p += 1) marks[postings[p] ?? 0] = generation;
  }
}

/** The positions (of `among`, or of every item) that the latest term marked, ascending. */
function keepMarked(state: MatchState, among: Uint32Array | null): Uint32Array {
  const { marks, generation } = state;
  const kept = new Uint32Array(among?.length ?? marks.length);
  let found = 0;
  if (among) {
    for (let at = 0; at < among.length; at += 1) {
      const position = among[at] ?? 0;
      if (marks[position] === generation) kept[found++] = position;
    }
  } else {
    for (let position = 0; position < marks.length; position += 1) {
      if (marks[position] === generation) kept[found++] = position;
    }
  }
  return kept.slice(0, found);
}

/**
 * The terms still to apply when `terms` narrows `previous` (each earlier term kept or extended,
 * maybe more added), so its matches are among the earlier ones; null when it does not.
 */
function termsNarrowing(previous: readonly string[], terms: readonly string[]): string[] | null {
  if (!previous.every((term, at) => terms[at]?.startsWith(term) === true)) return null;
  return terms.filter((term, at) => term !== previous[at]);
}

/**
 * Positions, ascending, of the items holding for every term a token that starts with it. Tokens
 * sharing a prefix are adjacent in the sorted token list, so a term costs one binary search plus
 * its postings. Typing mostly narrows the last search ("joint v" to "joint ve"): then only the
 * changed terms are applied, and only to the last matches.
 */
export function matchTextTerms(
  text: TextIndex,
  terms: readonly string[],
  itemCount: number,
): Uint32Array {
  const state = matchStateOf(text, itemCount);
  const narrowing = state.last && termsNarrowing(state.last.terms, terms);
  let positions = narrowing ? (state.last?.positions ?? null) : null;
  for (const term of narrowing ?? terms) {
    markTerm(text, term, state);
    positions = keepMarked(state, positions);
  }
  const matches = positions ?? Uint32Array.from({ length: itemCount }, (_, position) => position);
  state.last = { terms: [...terms], positions: matches };
  return matches;
}
