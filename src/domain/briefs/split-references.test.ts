import { describe, expect, it } from "vitest";
import { splitByReferences } from "@/domain/briefs/split-references";

const survey = { label: "MERICS and EUCCC survey", url: null };
const plan = { label: "three step plan", url: "https://example.org/plan" };

describe("splitByReferences", () => {
  it("marks each linked phrase where it is printed", () => {
    expect(
      splitByReferences("As a recent MERICS and EUCCC survey shows, a three step plan.", [
        plan,
        survey,
      ]),
    ).toEqual([
      { text: "As a recent ", reference: null },
      { text: "MERICS and EUCCC survey", reference: survey },
      { text: " shows, a ", reference: null },
      { text: "three step plan", reference: plan },
      { text: ".", reference: null },
    ]);
  });

  it("leaves a paragraph without the phrases as it is", () => {
    expect(splitByReferences("Nothing linked here.", [survey])).toEqual([
      { text: "Nothing linked here.", reference: null },
    ]);
  });

  it("links a phrase at the very start and the very end of a paragraph, with no empty parts", () => {
    expect(
      splitByReferences("MERICS and EUCCC survey backs a three step plan", [survey, plan]),
    ).toEqual([
      { text: "MERICS and EUCCC survey", reference: survey },
      { text: " backs a ", reference: null },
      { text: "three step plan", reference: plan },
    ]);
  });

  it("does not link a phrase again inside a longer linked phrase", () => {
    const euccc = { label: "EUCCC survey", url: "https://example.org/euccc" };
    expect(splitByReferences("A MERICS and EUCCC survey.", [euccc, survey])).toEqual([
      { text: "A ", reference: null },
      { text: "MERICS and EUCCC survey", reference: survey },
      { text: ".", reference: null },
    ]);
  });
});
