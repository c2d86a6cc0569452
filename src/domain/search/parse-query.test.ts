import { describe, expect, it } from "vitest";
import { buildAliasTable } from "@/domain/search/aliases";
import { parseQuery } from "@/domain/search/parse-query";

const noNames = buildAliasTable({ issuingBodies: [], companies: [], countries: [], sectors: [] });
/** Each clause as its term, starred when it also matches longer words. */
const clauses = (query: string) =>
  parseQuery(query, noNames).map(({ term, isPrefix }) => `${term ?? ""}${isPrefix ? "*" : ""}`);

describe("parseQuery", () => {
  it("treats the last word as a prefix while it is being typed", () => {
    expect(clauses("steel nea")).toEqual(["steel", "nea*"]);
  });

  it("takes the last word as whole once a space follows it", () => {
    expect(clauses("steel nea ")).toEqual(["steel", "nea"]);
  });

  it("takes a lone Latin letter as whole: as a prefix it would match half the vocabulary", () => {
    expect(clauses("steel x")).toEqual(["steel", "x"]);
  });

  it("treats a lone Chinese character as a prefix, even after a space, and a bigram as whole", () => {
    expect(clauses("铸")).toEqual(["铸*"]);
    expect(clauses("铸 ")).toEqual(["铸*"]);
    expect(clauses("铸造")).toEqual(["铸造"]);
  });

  it("finds no clause in an empty query", () => {
    expect(clauses("")).toEqual([]);
  });
});
