/**
 * The search tokeniser, shared by indexing, querying and highlighting so all three agree on what
 * a "word" is. Latin words are folded (case, accents, possessive "’s"); Chinese has no spaces, so
 * each run of Han characters becomes overlapping character bigrams (铸造和 → 铸造, 造和) plus
 * its last character alone, which lets any one character be found as a prefix.
 *
 * It scans characters by hand: indexing tokenises a hundred thousand records, and a regular
 * expression per word made that the slowest part of building the index.
 */
export interface Token {
  term: string;
  /** Offsets into the original text, for highlighting. */
  start: number;
  end: number;
  /**
   * The lone last character of a Han run that already ends in a bigram. Names are matched
   * without these, so "合成部07" reads 合成 成部 07 in a document as in a query.
   */
  isRunTail: boolean;
}

const SEPARATOR = 1;
const WORD = 2;
const HAN = 3;
const APOSTROPHE = 4;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const HAN_CHAR = /^\p{Script=Han}$/u;
const MARKS = /\p{M}/gu;
const classes = new Uint8Array(0x10000);

function classify(char: string): number {
  if (HAN_CHAR.test(char)) return HAN;
  if (WORD_CHAR.test(char)) return WORD;
  return char === "'" || char === "’" ? APOSTROPHE : SEPARATOR;
}

/** Class of the character at `at` (SEPARATOR past the end). */
function kindAt(text: string, at: number): number {
  if (at >= text.length) return SEPARATOR;
  const code = text.charCodeAt(at);
  if (code < 0x80) {
    const lower = code | 32;
    if ((lower >= 97 && lower <= 122) || (code >= 48 && code <= 57)) return WORD;
    return code === 39 ? APOSTROPHE : SEPARATOR;
  }
  if (code >= 0xd800 && code <= 0xdbff)
    return classify(String.fromCodePoint(text.codePointAt(at) ?? code));
  let known = classes[code] ?? 0;
  if (known === 0) {
    known = classify(text.charAt(at));
    classes[code] = known;
  }
  return known;
}

/** Length in UTF-16 units of the character at `at`: 2 beyond the Basic Multilingual Plane. */
function widthAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? 2 : 1;
}

/** Words too common to tell documents apart; dropped from documents and queries alike. */
const STOP_WORDS = new Set(
  "a an and are as at be by for from in into is of on or that the this to was were will with".split(
    " ",
  ),
);

/** Lower-case, accent-free form of one Latin word: "Gränges" → "granges", "China’s" → "china". */
export function foldWord(word: string, isAscii = false): string {
  let folded = isAscii ? word : word.normalize("NFKD").replace(MARKS, "");
  folded = folded.toLowerCase();
  if (folded.includes("'") || folded.includes("’")) {
    folded = folded.replace(/['’]s$/, "").replace(/['’]/g, "");
  }
  return folded;
}

export function isHan(term: string): boolean {
  return kindAt(term, 0) === HAN;
}

export type TermSink = (term: string, start: number, end: number, isRunTail: boolean) => void;

/**
 * Calls `sink` with every term of `text` and its position; stop words are dropped. A query
 * (`isQuery`) leaves out the lone last character of a Han run, which documents index only at
 * the end of a run, so a query's run matches wherever it sits inside a document's run.
 */
export function scanTerms(text: string, sink: TermSink, isQuery = false): void {
  let at = 0;
  while (at < text.length) {
    const kind = kindAt(text, at);
    if (kind === WORD) {
      let end = at;
      let isAscii = true;
      for (;;) {
        const next = kindAt(text, end);
        const isInnerApostrophe = next === APOSTROPHE && kindAt(text, end + 1) === WORD;
        if (next !== WORD && !isInnerApostrophe) break;
        if (text.charCodeAt(end) >= 0x80) isAscii = false;
        end += widthAt(text, end);
      }
      const term = foldWord(text.slice(at, end), isAscii);
      if (term && !STOP_WORDS.has(term)) sink(term, at, end, false);
      at = end;
    } else if (kind === HAN) {
      let previous = at;
      let end = at + widthAt(text, at);
      while (kindAt(text, end) === HAN) {
        const next = end + widthAt(text, end);
        sink(text.slice(previous, next), previous, next, false);
        previous = end;
        end = next;
      }
      // A query's last character is already inside its last bigram; a lone character stays.
      if (!isQuery || previous === at)
        sink(text.slice(previous, end), previous, end, previous !== at);
      at = end;
    } else at += widthAt(text, at);
  }
}

/** Every token of `text` with its position, for queries and highlighting. */
export function tokenise(text: string, { isQuery = false } = {}): Token[] {
  const tokens: Token[] = [];
  scanTerms(
    text,
    (term, start, end, isRunTail) => tokens.push({ term, start, end, isRunTail }),
    isQuery,
  );
  return tokens;
}
