import { describe, expect, it } from "vitest";
import type { Brief } from "@/data/model";
import { selectLatestBrief } from "@/domain/briefs/latest-brief";
import { buildDate, buildPolicy } from "../../../tests/factories/policies";

function buildBrief(id: string, publishedOn: string, itemCount: number): Brief {
  return {
    id,
    file: `briefs/${id}.json`,
    series: "MERICS China Industries",
    publishedOn: buildDate(publishedOn),
    reportingPeriod: { start: buildDate(publishedOn), end: buildDate(publishedOn) },
    authors: [],
    editors: [],
    policies: Array.from({ length: itemCount }, (_, at) => buildPolicy({ id: `${id}-${at}` })),
    corporateNews: [],
    targets: [],
    added: null,
  };
}

describe("selectLatestBrief", () => {
  it.each([
    ["the newest brief", [buildBrief("b", "2023-06-01", 2), buildBrief("a", "2023-05-03", 1)], "b"],
    [
      "the newest brief with items, past an empty newer one",
      [buildBrief("empty", "2023-06-01", 0), buildBrief("a", "2023-05-03", 1)],
      "a",
    ],
    ["nothing when every brief is empty", [buildBrief("empty", "2023-06-01", 0)], undefined],
    ["nothing when there is no brief", [], undefined],
  ])("picks %s", (_, briefs, expected) => {
    expect(selectLatestBrief(briefs)?.id).toBe(expected);
  });
});
