import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  formatJsonPath,
  formatProblem,
  problem,
  toDataProblems,
  unknownFieldsMessage,
} from "@/data/problems";
import { IssuingBodySchema } from "@/data/schema";
import { ISSUING_BODY_KINDS } from "@/core/body-kinds";

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
    const parsed = IssuingBodySchema.safeParse({
      acronym: 3,
      nameEn: "Ministry of Industry and Information Technology",
      nameZh: "工业和信息化部",
      extra: 1,
    });
    if (parsed.success) throw new Error("expected the record to fail");
    const problems = toDataProblems("registries/issuing-bodies.json", parsed.error, [7]);
    expect(problems.map(formatProblem)).toEqual([
      "registries/issuing-bodies.json → [7].id: missing; expected string",
      "registries/issuing-bodies.json → [7].acronym: expected string, received number",
      `registries/issuing-bodies.json → [7].kind: missing; expected one of ${ISSUING_BODY_KINDS.map((kind) => `"${kind}"`).join(" | ")}`,
      "registries/issuing-bodies.json → [7]: unknown field 'extra'; check the spelling against the JSON Schema",
    ]);
    expect(problems.map((found) => found.severity)).toEqual(["error", "error", "error", "error"]);
  });

  it("says a missing field of one allowed value, or of one of several types, is missing", () => {
    const schema = z.object({
      series: z.literal("MERICS China Industries"),
      n: z.union([z.string(), z.number()]),
    });
    const parsed = schema.safeParse({});
    if (parsed.success) throw new Error("expected the record to fail");
    expect(toDataProblems("a.json", parsed.error).map(formatProblem)).toEqual([
      'a.json → series: missing; expected "MERICS China Industries"',
      "a.json → n: missing",
    ]);
  });
});
