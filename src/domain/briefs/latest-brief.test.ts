import { describe, expect, it } from "vitest";
import { selectLatestBrief } from "@/domain/briefs/latest-brief";
import { buildBrief, buildPolicy } from "../../../tests/factories/policies";

const briefOf = (id: string, publishedOn: string, itemCount: number) =>
  buildBrief(id, publishedOn, {
    policies: Array.from({ length: itemCount }, (_, at) => buildPolicy({ id: `${id}-${at}` })),
  });

describe("selectLatestBrief", () => {
  it.each([
    ["the newest brief", [briefOf("b", "2023-06-01", 2), briefOf("a", "2023-05-03", 1)], "b"],
    [
      "the newest brief with items, past an empty newer one",
      [briefOf("empty", "2023-06-01", 0), briefOf("a", "2023-05-03", 1)],
      "a",
    ],
    ["nothing when every brief is empty", [briefOf("empty", "2023-06-01", 0)], undefined],
    ["nothing when there is no brief", [], undefined],
  ])("picks %s", (_, briefs, expected) => {
    expect(selectLatestBrief(briefs)?.id).toBe(expected);
  });
});
