import { describe, expect, it } from "vitest";
import { splitSections, toBlocks } from "./sections";
import { toSourceLines } from "./source-lines";

const numbersOf = (lines: { number: number }[] | undefined) => lines?.map((l) => l.number);

describe("splitSections", () => {
  it("gives a text that starts at its heading an empty front, and a last heading an empty section", () => {
    const { sections } = splitSections(toSourceLines("NOTEWORTHY\nFirst\nPolicy news"));
    expect(numbersOf(sections.front)).toEqual([]);
    expect(numbersOf(sections.noteworthy)).toEqual([2]);
    expect(numbersOf(sections.policyNews)).toEqual([]);
  });

  it("keeps the lines under a heading that comes twice", () => {
    const { sections } = splitSections(toSourceLines("NOTEWORTHY\nFirst\nNOTEWORTHY\nSecond"));
    expect(numbersOf(sections.noteworthy)).toEqual([2, 4]);
  });

  it("leaves a numbered line before the Top 5 heading in the front", () => {
    const { sections, unheadedTop5 } = splitSections(
      toSourceLines("China Industries\n1. A numbered line\nMERICS TOP 5\n1. First item"),
    );
    expect(unheadedTop5).toBeNull();
    expect(numbersOf(sections.front)).toEqual([1, 2]);
    expect(numbersOf(sections.top5)).toEqual([4]);
  });
});

describe("toBlocks", () => {
  const texts = (input: string) =>
    toBlocks(toSourceLines(input), "lowercase").map((block) => block.text);

  it.each([
    [
      "joins a lowercase line to a paragraph without a final stop",
      "China, e.g. the MIIT, said\n\nthat it would",
      ["China, e.g. the MIIT, said that it would"],
    ],
    [
      "keeps a lowercase line apart from a paragraph ending in a stop",
      "The MIIT said so.\n\nthat it would",
      ["The MIIT said so.", "that it would"],
    ],
    [
      "keeps a capitalised line apart",
      "China, e.g. the MIIT, said\n\nThat it would",
      ["China, e.g. the MIIT, said", "That it would"],
    ],
  ])("after a blank line, %s", (_, input, blocks) => {
    expect(texts(input)).toEqual(blocks);
  });
});
