import { describe, expect, it } from "vitest";
import { foldWord, scanTerms, tokenise } from "@/domain/search/tokenise";

const terms = (text: string, isQuery = false) => tokenise(text, { isQuery }).map((t) => t.term);

describe("tokenise", () => {
  it.each([
    [
      "Chinese as bigrams plus the last character",
      "铸造和锻压",
      ["铸造", "造和", "和锻", "锻压", "压"],
    ],
    ["a single Chinese character", "部", ["部"]],
    [
      "mixed Chinese and English",
      "工信部等八部门关于推进 IPv6 技术",
      [
        "工信",
        "信部",
        "部等",
        "等八",
        "八部",
        "部门",
        "门关",
        "关于",
        "于推",
        "推进",
        "进",
        "ipv6",
        "技术",
        "术",
      ],
    ],
    ["digits next to Chinese", "2023年度", ["2023", "年度", "度"]],
    ["acronyms, folded to lower case", "The MIIT and NEA", ["miit", "nea"]],
    ["acronyms with digits and signs", "IPv6+, 5G and SRv6", ["ipv6", "5g", "srv6"]],
    ["accents and possessives", "Gränges and China’s People's", ["granges", "china", "people"]],
    ["hyphens and punctuation", "high-end (3D) R&D", ["high", "end", "3d", "r", "d"]],
    [
      "full-width punctuation between Chinese runs",
      "办法（征求意见稿）",
      ["办法", "法", "征求", "求意", "意见", "见稿", "稿"],
    ],
  ])("splits %s", (_, text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it("leaves out a query's last lone character, which documents index only at a run's end", () => {
    expect(terms("铸造和", true)).toEqual(["铸造", "造和"]);
    expect(terms("铸", true)).toEqual(["铸"]);
  });

  it("keeps each token's place in the original text", () => {
    const text = "The NEA (国家能源局)";
    expect(tokenise(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      "NEA",
      "国家",
      "家能",
      "能源",
      "源局",
      "局",
    ]);
  });

  it("flags the lone last character of a Han run, which names are matched without", () => {
    expect(tokenise("合成部07 铸").map((t) => `${t.term}${t.isRunTail ? "*" : ""}`)).toEqual([
      "合成",
      "成部",
      "部*",
      "07",
      "铸",
    ]);
  });

  it("finds characters beyond the Basic Multilingual Plane", () => {
    expect(terms("𠀀𠀁")).toEqual(["𠀀𠀁", "𠀁"]);
    // U+10000, the first character past the plane, is a letter (Linear B), so a word of its own.
    expect(terms("𐀀 𐀀")).toEqual(["𐀀", "𐀀"]);
  });

  it("treats z, 9 and every ASCII sign as the end or the inside of a word as it should", () => {
    expect(terms("zinc:9;tin_oxide~2 [z] {Z} @x |y| ^w` 0/8 <7>")).toEqual([
      "zinc",
      "9",
      "tin",
      "oxide",
      "2",
      "z",
      "z",
      "x",
      "y",
      "w",
      "0",
      "8",
      "7",
    ]);
  });

  it("splits at non-ASCII signs and joins only at apostrophes", () => {
    expect(terms("EU–China ⁂ Xi’an")).toEqual(["eu", "china", "xian"]);
  });

  it("ends a word before a trailing apostrophe", () => {
    const text = "the farmers' union";
    expect(tokenise(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      "farmers",
      "union",
    ]);
  });

  it("folds the accents of a word with no ASCII letter at all", () => {
    expect(terms("Αθήνα")).toEqual(["αθηνα"]);
  });
});

describe("scanTerms", () => {
  it("indexes a document's lone last Han character unless told the text is a query", () => {
    const found: string[] = [];
    scanTerms("铸造和", (term) => found.push(term));
    expect(found).toEqual(["铸造", "造和", "和"]);
  });
});

describe("foldWord", () => {
  it.each([
    ["Volkswagen", "volkswagen"],
    ["Gränges", "granges"],
    ["China’s", "china"],
    ["don't", "dont"],
    ["O'Sullivan", "osullivan"],
  ])("folds %s to %s", (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });
});
