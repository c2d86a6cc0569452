import { describe, expect, it } from "vitest";
import {
  foldText,
  toNewsSearchText,
  toSearchTerms,
  toSearchTokens,
  toTermPattern,
} from "@/domain/news/search-text";
import { buildCompany } from "../../../tests/factories/news";

describe("foldText", () => {
  it.each([
    ["Gränges", "granges"],
    ["TESLA", "tesla"],
    ["İstanbul", "istanbul"],
    ["华为", "华为"],
  ])("folds %s to %s", (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});

describe("toSearchTokens", () => {
  it.each([
    ["China's A320 line", ["china", "s", "a320", "line"]],
    ["Gränges, Gränges", ["granges"]],
    ["华为技术", ["华为", "为技", "技术", "术"]],
    ["IPv6技术", ["ipv6", "技术", "术"]],
    ["华", ["华"]],
  ])("indexes %s", (text, tokens) => {
    expect(toSearchTokens(text)).toEqual(tokens);
  });
});

describe("toSearchTerms", () => {
  it.each([
    ["  ", []],
    ["Tesla  megapack", ["tesla", "megapack"]],
    ["华为技术", ["华为", "为技", "技术"]],
    ["为", ["为"]],
    ["cma-cgm", ["cma", "cgm"]],
  ])("reads %j as %j", (query, terms) => {
    expect(toSearchTerms(query)).toEqual(terms);
  });
});

describe("toTermPattern", () => {
  it.each([
    ["tes", "tesla announced", true],
    ["sla", "tesla announced", false],
    ["s", "china's", true],
    ["abc", "华abc", true],
    ["为", "华为", true],
    ["a.c", "abc", false],
    ["a.c", "a.c ltd", true],
  ])("%s in %s: %s", (term, text, found) => {
    expect(toTermPattern(term).test(text)).toBe(found);
  });
});

describe("toNewsSearchText", () => {
  it("holds the text and every name of the companies", () => {
    const vw = buildCompany({ id: "vw", name: "Volkswagen", nameZh: "大众汽车", aliases: ["VW"] });
    expect(toNewsSearchText({ text: "A deal", companies: [vw] })).toBe(
      "A deal\nVolkswagen\n大众汽车\nVW",
    );
  });
});
