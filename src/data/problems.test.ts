import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  formatJsonPath,
  formatProblem,
  problem,
  toDataProblems,
  unknownFieldsMessage,
} from "@/data/problems";

describe("the problem lines the data-problems notice shows", () => {
  it.each([
    [["corporateNews", 3, "date"], "corporateNews[3].date"],
    [["reportingPeriod", "end"], "reportingPeriod.end"],
    [[0, "rank"], "[0].rank"],
    [["top5", 2, "bullets", 1], "top5[2].bullets[1]"],
    [[], ""],
  ])("writes the JSON path %j as %s", (path, written) => {
    expect(formatJsonPath(path)).toBe(written);
  });

  it("names the file, then the path, then the problem; a whole-file problem has no path", () => {
    expect(formatProblem(problem("briefs/2023-05.json", "top5[0].date", "expected a date"))).toBe(
      "briefs/2023-05.json → top5[0].date: expected a date",
    );
    expect(formatProblem(problem("index.json", "", "was not found (404)"))).toBe(
      "index.json: was not found (404)",
    );
  });

  it("makes a problem an error unless told it is a warning", () => {
    expect(problem("a.json", "", "x").severity).toBe("error");
    expect(problem("a.json", "", "x", "warning").severity).toBe("warning");
  });

  it("counts unknown fields in the words it uses", () => {
    expect(unknownFieldsMessage(["publishd"])).toBe(
      "unknown field 'publishd'; check the spelling against the JSON Schema",
    );
    expect(unknownFieldsMessage(["publishd", "titel"])).toBe(
      "unknown fields 'publishd', 'titel'; check the spelling against the JSON Schema",
    );
  });

  it("turns each schema issue into one line at its path inside the file", () => {
    const schema = z.strictObject({ id: z.string(), rank: z.number() });
    const parsed = schema.safeParse({ rank: "3", extra: 1 });
    if (parsed.success) throw new Error("expected the record to fail");
    const problems = toDataProblems("briefs/2023-05.json", parsed.error, ["top5", 2]);
    expect(problems.map(formatProblem)).toEqual([
      "briefs/2023-05.json → top5[2].id: missing; expected string",
      "briefs/2023-05.json → top5[2].rank: expected number, received string",
      "briefs/2023-05.json → top5[2]: unknown field 'extra'; check the spelling against the JSON Schema",
    ]);
    expect(problems.map((found) => found.severity)).toEqual(["error", "error", "error"]);
  });
});
