import { describe, expect, it } from "vitest";
import type { CorporateNews } from "@/data/model";
import { buildCompany, buildNews } from "../../../tests/factories/news";
import { buildNewsIndex } from "@/domain/news/news-index";
import { toSearchTerms } from "@/domain/news/search-text";
import { matchTextTerms, textIndexOf } from "@/domain/news/text-index";

const NO_REGISTRIES = { companies: [], countries: [], sectors: [] };

// Items share a date, so the index holds them in id order: "a" at 0, "b" at 1, "c" at 2.
const itemsOf = (texts: Record<string, string>) =>
  Object.entries(texts).map(([id, text]) => buildNews({ id, text }));

/**
 * The ids each query finds when typed one after another into the same search box; built inside
 * each test, so that every test starts from a fresh index and search state.
 */
function searchInTurn(news: readonly CorporateNews[], ...queries: string[]): string[][] {
  const index = buildNewsIndex(news, NO_REGISTRIES);
  const text = textIndexOf(index);
  return queries.map((query) =>
    Array.from(
      matchTextTerms(text, toSearchTerms(query), index.items.length),
      (position) => index.items[position]?.id ?? "?",
    ),
  );
}

describe("textIndexOf", () => {
  it("lists tokens in code-unit order, each item once under a token", () => {
    const cma = buildCompany({ id: "cma-cgm", name: "CMA CGM" });
    const index = buildNewsIndex(
      [
        buildNews({ id: "a", text: "CMA orders ships", companies: [cma] }),
        buildNews({ id: "b", text: "CMA again" }),
      ],
      NO_REGISTRIES,
    );
    const { tokens, postings } = textIndexOf(index);
    expect(tokens).toEqual(["again", "cgm", "cma", "orders", "ships"]);
    expect(postings.map((list) => [...list])).toEqual([[1], [0], [0, 1], [0], [0]]);
  });

  it("adds a company's own names and nothing else to its items", () => {
    const cssc = buildCompany({ id: "cssc", name: "CSSC" });
    const news = [buildNews({ id: "a", text: "Order", companies: [cssc] })];
    expect(searchInTurn(news, "cssc", "order", "here", "was")).toEqual([["a"], ["a"], [], []]);
  });
});

describe("matchTextTerms", () => {
  it("finds every token that starts with the term", () => {
    const news = itemsOf({ a: "Volvo trucks", b: "Volkswagen cars" });
    expect(searchInTurn(news, "vol")).toEqual([["a", "b"]]);
  });

  it("keeps only the items holding every term", () => {
    const news = itemsOf({ a: "alpha beta", b: "alpha", c: "beta gamma" });
    expect(searchInTurn(news, "alpha beta", "beta alpha")).toEqual([["a"], ["a"]]);
  });

  it("narrows the last matches when a term is extended", () => {
    const news = itemsOf({ a: "alpha", b: "apple" });
    expect(searchInTurn(news, "a", "al", "alp", "ap")).toEqual([["a", "b"], ["a"], ["a"], ["b"]]);
  });

  it("narrows the last matches when a term is added", () => {
    const news = itemsOf({ a: "alpha beta", b: "alpha gamma" });
    expect(searchInTurn(news, "alpha", "alpha be", "alpha beta")).toEqual([
      ["a", "b"],
      ["a"],
      ["a"],
    ]);
  });

  it("searches afresh when a term changes to one it does not start", () => {
    const news = itemsOf({ a: "alpha beta", b: "alpha gamma", c: "tank" });
    expect(searchInTurn(news, "alpha beta", "alpha gamma")).toEqual([["a"], ["b"]]);
    // "beta" ends with "ta" but does not start with it: the matches of "ta" do not bound it.
    expect(searchInTurn(news, "ta", "beta")).toEqual([["c"], ["a"]]);
  });

  it("matches every item when there are no terms", () => {
    const news = itemsOf({ a: "alpha", b: "beta" });
    expect(searchInTurn(news, "alpha", "")).toEqual([["a"], ["a", "b"]]);
  });
});
