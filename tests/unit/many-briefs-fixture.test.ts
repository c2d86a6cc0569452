import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  generateManyBriefs,
  MANY_BRIEFS_DIR,
  MANY_BRIEFS_SEED,
} from "../../scripts/generate/many-briefs";
import { readIssuingBodies, readSectorVocabulary } from "../../scripts/generate/write-dataset";
import { selectDocumentIndex } from "@/domain/derived/dataset-derived";
import { loadDiskDataset, MANY_BRIEFS_DATA_DIR } from "../disk-dataset";
import expected from "../fixtures/many-briefs.expected.json";

describe("the multi-brief fixture", () => {
  it("is what `npm run fixtures` writes, byte for byte", () => {
    const files = generateManyBriefs({
      seed: MANY_BRIEFS_SEED,
      issuingBodies: readIssuingBodies(),
      sectors: readSectorVocabulary(),
    });
    for (const file of files) {
      expect(readFileSync(`${MANY_BRIEFS_DIR}/${file.path}`, "utf8"), file.path).toBe(file.text);
    }
  });

  it("loads without a problem, labelled synthetic, 24 monthly briefs", async () => {
    const dataset = await loadDiskDataset(MANY_BRIEFS_DATA_DIR);
    expect(dataset.problems).toEqual([]);
    expect(dataset.synthetic).toBe(true);
    expect(dataset.briefs).toHaveLength(expected.briefs);
    expect(dataset.briefs[0]?.id).toBe(expected.latestBrief);
  });

  it("groups the planned mentions into the expected documents and families", async () => {
    const dataset = await loadDiskDataset(MANY_BRIEFS_DATA_DIR);
    const index = selectDocumentIndex(dataset);
    for (const mentions of expected.documents) {
      const [first] = mentions;
      const document = first ? index.documentOf(first) : undefined;
      expect(document && index.mentionsOf(document).map((p) => p.id)).toEqual(mentions);
    }
    for (const stages of expected.families) {
      const [first] = stages;
      const document = first ? index.documentOf(first) : undefined;
      expect(document && index.familyOf(document).map((d) => d.id)).toEqual(stages);
    }
  });

  it("keeps every unplanned item a document of its own", async () => {
    const dataset = await loadDiskDataset(MANY_BRIEFS_DATA_DIR);
    const index = selectDocumentIndex(dataset);
    const planned = new Set(expected.documents.flat());
    const shared = dataset.policies.filter((policy) => {
      const document = index.documentOf(policy.id);
      return !planned.has(policy.id) && document && document.mentionIds.length > 1;
    });
    expect(shared.map((p) => p.id)).toEqual([]);
  });
});
