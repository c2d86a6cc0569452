/**
 * The text-search rules for corporate news, written once so the index, the naive baseline and the
 * highlighter agree: text is folded (lower case, no diacritics), a Latin query word matches the
 * start of a word ("tes" finds Tesla, "sla" does not), and Chinese is matched by character
 * bigrams, since Chinese text has no spaces to split words on.
 */
import type { CorporateNews } from "@/data/model";

const MARKS = /\p{M}/gu;
/** Letters, digits and Chinese characters (a few, such as radicals, are neither). */
const WORD = /[\p{L}\p{N}\p{Script=Han}]+/gu;
const ASCII_WORD = /[a-z0-9]+/g;
const HAS_HAN = /\p{Script=Han}/u;
/** A word split into its Chinese and its other runs: "ipv6技术" → "ipv6", "技术". */
const HAN_OR_OTHER = /\p{Script=Han}+|\P{Script=Han}+/gu;
const STARTS_HAN = /^\p{Script=Han}/u;
/** Not preceded by a letter or digit of a non-Chinese word: the start of a word. */
const WORD_START = "(?<!(?!\\p{Script=Han})[\\p{L}\\p{N}])";

function isAscii(text: string): boolean {
  for (let at = 0; at < text.length; at += 1) if (text.charCodeAt(at) > 0x7f) return false;
  return true;
}

/** Lower case without diacritics: "Gränges" → "granges". */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Most text is ASCII, which has no diacritics to strip: skip the costly normalisation.
  return isAscii(lower) ? lower : lower.normalize("NFD").replace(MARKS, "");
}

export function isHanTerm(term: string): boolean {
  return STARTS_HAN.test(term);
}

/** Chinese runs as overlapping bigrams; the index adds the last character: each starts a token. */
function hanGrams(run: string, withLastCharacter: boolean): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const grams = chars.slice(1).map((char, at) => `${chars[at] ?? ""}${char}`);
  const last = chars[chars.length - 1];
  return withLastCharacter && last ? [...grams, last] : grams;
}

function tokenize(text: string, isQuery: boolean): string[] {
  const folded = foldText(text);
  const tokens = new Set<string>();
  const words = isAscii(folded) ? ASCII_WORD : WORD;
  words.lastIndex = 0;
  for (let match = words.exec(folded); match; match = words.exec(folded)) {
    const [word] = match;
    if (words === ASCII_WORD || !HAS_HAN.test(word)) {
      tokens.add(word);
      continue;
    }
    for (const [run] of word.matchAll(HAN_OR_OTHER)) {
      if (isHanTerm(run)) hanGrams(run, !isQuery).forEach((gram) => tokens.add(gram));
      else tokens.add(run);
    }
  }
  return [...tokens];
}

/** The distinct tokens an item is indexed under. */
export function toSearchTokens(text: string): string[] {
  return tokenize(text, false);
}

/** The terms of a query; an item matches when every term starts one of its tokens. */
export function toSearchTerms(query: string): string[] {
  return tokenize(query, true);
}

/** What free-text search looks at: the item's text and every name of the companies it names. */
export function toNewsSearchText(item: Pick<CorporateNews, "text" | "companies">): string {
  const names = item.companies.flatMap((c) => [c.name, c.nameZh ?? "", ...c.aliases]);
  return [item.text, ...names].join("\n");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A pattern finding `term` in folded text under the same rule as the index: anywhere for
 * Chinese, at the start of a word otherwise.
 */
export function toTermPattern(term: string, flags = "u"): RegExp {
  const body = escapeRegExp(term);
  return new RegExp(isHanTerm(term) ? body : `${WORD_START}${body}`, flags);
}
