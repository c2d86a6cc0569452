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
  items.forEach((item, position) => {
    const tokens = new Set(toSearchTokens(item.text));
    item.companies.forEach((company) => tokensOf(company).forEach((token) => tokens.add(token)));
    for (const token of tokens) {
      const list = byToken.get(token);
      if (list) list.push(position);
      else byToken.set(token, [position]);
    }
  });
  const tokens = [...byToken.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { tokens, postings: tokens.map((token) => Uint32Array.from(byToken.get(token) ?? [])) };
}

const textIndexes = new WeakMap<NewsIndex, TextIndex>();

/**
 * The text index of a news index, built on first use: a page can draw its list first and build
 * this while idle (tokenizing every item is the costliest part of indexing).
 */
export function textIndexOf(index: NewsIndex): TextIndex {
  const cached = textIndexes.get(index);
  if (cached) return cached;
  const text = buildTextIndex(index.items);
  textIndexes.set(index, text);
  return text;
}

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

const lastMatch = new WeakMap<TextIndex, { key: string; matches: Uint8Array }>();

/**
 * Flags (1) the items holding, for every term, a token that starts with it. Tokens sharing a
 * prefix are adjacent in the sorted token list, so each term costs one binary search plus its
 * postings. The last answer is kept: changing another filter does not search again.
 */
export function matchTextTerms(
  text: TextIndex,
  terms: readonly string[],
  itemCount: number,
): Uint8Array {
  const key = terms.join("\u0000");
  const cached = lastMatch.get(text);
  if (cached && cached.key === key && cached.matches.length === itemCount) return cached.matches;
  // hits[i] = how many terms, taken in order, item i has matched so far.
  const hits = new Uint32Array(itemCount);
  terms.forEach((term, done) => {
    for (let at = lowerBound(text.tokens, term); at < text.tokens.length; at += 1) {
      if (!(text.tokens[at] ?? "").startsWith(term)) break;
      const postings = text.postings[at] ?? new Uint32Array(0);
      for (let p = 0; p < postings.length; p += 1) {
        const position = postings[p] ?? 0;
        if (hits[position] === done) hits[position] = done + 1;
      }
    }
  });
  const matches = new Uint8Array(itemCount);
  for (let position = 0; position < itemCount; position += 1) {
    if (hits[position] === terms.length) matches[position] = 1;
  }
  lastMatch.set(text, { key, matches });
  return matches;
}
