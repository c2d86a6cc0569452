import { describe, expect, it } from "vitest";
import type { PolicyNewsFile } from "@/data/schema";
import { readShippedRegistries } from "../../tests/unit/ingest-inputs";
import { createAnnotationLookup } from "./annotation-lookup";
import { emptyAnnotations, type Annotations } from "./annotations";
import { deriveTargets, newsTargetClauses } from "./derive-targets";
import { createReport } from "./report";

const registries = readShippedRegistries();
const ID = "2023-03-28-miit-chip-standards";

/** The brief's first policy news item (28 March 2023), with the sectors given. */
function chipNews(sectors: string[]): PolicyNewsFile {
  return {
    id: ID,
    date: "2023-03-28",
    issuingBodies: ["miit"],
    text: "The MIIT released draft guidelines on the national automotive chip standard system, aiming to develop over 30 key standards for automotive chips by 2025",
    sectors,
    sources: [],
    annotated: [],
  };
}

/** The targets of that news item, with these target annotations, and the report's warnings. */
function targetsOf(sectors: string[], targets: Annotations["targets"] = []) {
  const report = createReport();
  const derived = deriveTargets([], [chipNews(sectors)], {
    registries,
    annotations: createAnnotationLookup({ ...emptyAnnotations("test"), targets }),
    report,
    takenIds: new Set<string>(),
  });
  return { derived, warnings: report.finish([]).warnings };
}

describe("targets of policy news", () => {
  it.each([", aiming to develop", ",   aiming to develop"])(
    "keeps a clause with a number and a deadline without its lead-in words (after %j)",
    (join) => {
      const text = `The MIIT released draft guidelines${join} over 30 key standards by 2025`;
      expect(newsTargetClauses(text).map((clause) => clause.text)).toEqual([
        "develop over 30 key standards by 2025",
      ]);
    },
  );

  it("derives a target in the item's sector, annotating nothing", () => {
    const { derived, warnings } = targetsOf(["automotive"]);
    expect(derived).toEqual([
      expect.objectContaining({
        id: `${ID}-t1`,
        text: "develop over 30 key standards for automotive chips by 2025",
        sector: "automotive",
        targetYear: 2025,
        annotated: [],
      }),
    ]);
    expect(warnings).toEqual([]);
  });

  it.each([
    [{ sector: "semiconductors" }, ["sector"]],
    [{ metrics: ["key standards", "chips"] }, ["quantities[0].metric"]],
    [{ metrics: [null, "chips"] }, []],
  ])("marks what the annotation %j gives as %j", (annotation, annotated) => {
    const { derived } = targetsOf(["automotive"], [{ id: `${ID}-t1`, ...annotation }]);
    expect(derived.map((target) => target.annotated)).toEqual([annotated]);
  });

  it("leaves out a target without a sector and says how to add one", () => {
    const { derived, warnings } = targetsOf([]);
    expect(derived).toEqual([]);
    expect(warnings).toEqual([
      {
        line: null,
        message: `1 target(s) of '${ID}' left out: a target needs a sector; add sectors for '${ID}' to the annotations file`,
      },
    ]);
  });
});
