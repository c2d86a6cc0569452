import { describe, expect, it } from "vitest";
import { BriefSchema } from "@/data/schema";
import { extractTargetQuantities } from "@/domain/targets/extract-target-quantities";
import { parseBrief } from "@/ingest/parse-brief";
import { formatJson } from "../../scripts/ingest-files";
import {
  readSeedAnnotations,
  readSeedBrief,
  readShippedBrief,
  readShippedRegistries,
  SHIPPED_BRIEF,
} from "./ingest-inputs";

describe("the shipped brief is what the ingest makes of the seed brief", () => {
  it("regenerates byte for byte from the text and the annotations file", async () => {
    const result = parseBrief(readSeedBrief(), {
      registries: readShippedRegistries(),
      annotations: readSeedAnnotations(),
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.report.warnings).toEqual([]);
    expect(await formatJson(result.brief, SHIPPED_BRIEF)).toBe(readShippedBrief());
  });

  it("has every quantitative target agree with the target extraction of its text", () => {
    const { targets } = BriefSchema.parse(JSON.parse(readShippedBrief()));
    const checked = targets.filter((target) => target.value !== undefined || target.within);
    expect(checked.length).toBeGreaterThan(0);
    for (const target of checked) {
      const extraction = extractTargetQuantities(target.text);
      const quantity = extraction.quantities.find((q) => q.value === target.value);
      if (target.value !== undefined) {
        expect(quantity, target.id).toBeDefined();
        expect(
          {
            unit: quantity?.unit ?? undefined,
            qualifier: quantity?.qualifier ?? undefined,
            baselineYear: quantity?.baselineYear ?? undefined,
            direction: quantity?.direction,
          },
          target.id,
        ).toEqual({
          unit: target.unit,
          qualifier: target.qualifier,
          baselineYear: target.baselineYear,
          direction: target.direction,
        });
      }
      expect(extraction.within ?? undefined, target.id).toEqual(target.within);
      if (target.targetYearBasis === "explicit")
        expect(extraction.targetYear).toBe(target.targetYear);
    }
  });
});
