import { describe, expect, it } from "vitest";
import type { SearchIndex } from "@/domain/search/build-search-index";
import { expandClause } from "@/domain/search/expand-clause";

/**
 * The vocabulary part of a search index, by hand: each term with how many records have it.
 * Records, kinds, dates and aliases play no part in expanding a clause.
 */
function vocabulary(frequencies: Record<string, number>): SearchIndex {
  const terms = Object.keys(frequencies);
  const termsByLength = new Map<number, string[]>();
  for (const term of [...terms].sort()) {
    if (!/^[a-z]{3,}$/.test(term)) continue;
    termsByLength.set(term.length, [...(termsByLength.get(term.length) ?? []), term]);
  }
  const index: Pick<SearchIndex, "termIds" | "postings" | "sortedTerms" | "termsByLength"> = {
    termIds: new Map(terms.map((term, id) => [term, id])),
    postings: terms.map((term) => {
      const count = frequencies[term] ?? 0;
      return {
        docs: Int32Array.from({ length: count }, (_, doc) => doc),
        weights: new Float32Array(count).fill(1),
      };
    }),
    sortedTerms: [...terms].sort(),
    termsByLength,
  };
  return index as SearchIndex;
}

const words = vocabulary({
  coal: 3,
  stem: 2,
  steel: 5,
  steelmaking: 2,
  tesla: 4,
  ministry: 6,
  volkswagen: 3,
  nea: 2,
  near: 3,
  nearly: 1,
  "5g": 2,
});

/** What `term` expands to, qualities to two decimals. */
function expand(term: string | null, { isPrefix = false, keys = [] as string[] } = {}) {
  return expandClause(words, { term, isPrefix, keys }).map(
    ({ term: found, quality }) => `${found} ${Math.round(quality * 100) / 100}`,
  );
}

describe("expandClause", () => {
  it("matches a known word exactly and nothing near it", () => {
    expect(expand("steel")).toEqual(["steel 1"]);
    expect(expand("coal")).toEqual(["coal 1"]);
  });

  it("puts the entities a clause names first, and a name alone matches only them", () => {
    expect(expand("nea", { keys: ["@issuer:nea"] })).toEqual(["@issuer:nea 1", "nea 1"]);
    expect(expand(null, { keys: ["@issuer:miit"] })).toEqual(["@issuer:miit 1"]);
  });

  it("completes a prefix being typed, a longer completion counting less", () => {
    // 0.45 + 0.4 × 3/4 for "near", 0.45 + 0.4 × 3/6 for "nearly"; "nea" itself counts once.
    expect(expand("nea", { isPrefix: true })).toEqual(["nea 1", "near 0.75", "nearly 0.65"]);
    // "stee" is no word of its own: its completions, and no typo match such as "stem".
    expect(expand("stee", { isPrefix: true })).toEqual(["steel 0.77", "steelmaking 0.6"]);
  });

  it("allows no typo in a word of three letters", () => {
    expect(expand("coa")).toEqual([]);
    expect(expand("nwa")).toEqual([]);
  });

  it("allows one typo from four letters: a changed, missing or extra letter", () => {
    expect(expand("coak")).toEqual(["coal 0.5"]);
    expect(expand("stel").sort()).toEqual(["steel 0.5", "stem 0.5"]);
    expect(expand("steels")).toEqual(["steel 0.5"]);
    expect(expand("tesal")).toEqual(["tesla 0.5"]);
  });

  it("allows two typos only from eight letters", () => {
    // Seven letters two typos from "ministry" (an i missing, y and r swapped): too far.
    expect(expand("mnistyr")).toEqual([]);
    expect(expand("mimistyr")).toEqual(["ministry 0.3"]);
    expect(expand("volkswagn")).toEqual(["volkswagen 0.5"]);
  });

  it("looks for typos only in words of Latin letters", () => {
    expect(expand("tesl4")).toEqual([]);
    expect(expand("5tesla")).toEqual([]);
  });

  it("matches a mistyped prefix against the beginnings of longer words", () => {
    expect(expand("soal", { isPrefix: true })).toEqual(["coal 0.5"]);
    // One letter too many: "ssteel" is one typo from "steel", the start of "steelmaking".
    expect(expand("ssteel", { isPrefix: true })).toEqual(["steel 0.5", "steelmaking 0.5"]);
    // The closest beginning counts: "vvolkswag" is one typo from "volkswag", two from "volkswage".
    expect(expand("vvolkswag", { isPrefix: true })).toEqual(["volkswagen 0.5"]);
  });
});

describe("expandClause with a prefix of many completions", () => {
  /** Terms w00, w01, … each in one more record than the one before. */
  const numbered = (count: number) =>
    vocabulary(
      Object.fromEntries(
        Array.from({ length: count }, (_, at) => [`w${String(at).padStart(2, "0")}`, at + 1]),
      ),
    );
  const completions = (count: number) =>
    expandClause(numbered(count), { term: "w", isPrefix: true, keys: [] }).map(({ term }) => term);

  it("keeps 64 completions in alphabetical order", () => {
    const expected = Array.from({ length: 64 }, (_, at) => `w${String(at).padStart(2, "0")}`);
    expect(completions(64)).toEqual(expected);
  });

  it("keeps the 64 most common of 65 completions, the most common first", () => {
    const expected = Array.from({ length: 64 }, (_, at) => `w${String(64 - at).padStart(2, "0")}`);
    expect(completions(65)).toEqual(expected);
  });

  it("scores a mistyped prefix by the nearest beginning of a word, not the first one compared", () => {
    // "vilkswag" is two changes from "volkswa" but one (i for o) from "volkswag".
    const index = vocabulary({ volkswagen: 3 });
    expect(expandClause(index, { term: "vilkswag", isPrefix: true, keys: [] })).toEqual([
      { term: "volkswagen", quality: 0.5 },
    ]);
  });
});
