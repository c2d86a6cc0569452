import { describe, expect, it } from "vitest";
import { selectDocumentIndex } from "@/domain/derived/dataset-derived";
import { loadDiskDataset, MANY_BRIEFS_DATA_DIR } from "../../../tests/disk-dataset";
import expected from "../../../tests/fixtures/many-briefs.expected.json";
import { selectNewInBrief } from "./new-in-brief";

describe("what the latest of 24 briefs adds", () => {
  it("lists exactly the hand-checked first appearances, follow-ups and targets due", async () => {
    const dataset = await loadDiskDataset(MANY_BRIEFS_DATA_DIR);
    const [latest] = dataset.briefs;
    if (!latest) throw new Error("the fixture has no brief");
    const added = selectNewInBrief(latest, dataset.briefs, selectDocumentIndex(dataset));
    expect({
      issuingBodies: added.issuingBodies.map((s) => s.entity.id),
      companies: added.companies.map((s) => s.entity.id),
      sectors: added.sectors.map((s) => s.entity.id),
      followUps: added.followUps.map((f) => ({ item: f.item.id, follows: f.follows.id })),
      targetsDue: added.targetsDue.map((t) => t.id),
    }).toEqual(expected.newInLatest);
  });

  it("counts everything as new in the first brief, with nothing to follow up", async () => {
    const dataset = await loadDiskDataset(MANY_BRIEFS_DATA_DIR);
    const first = dataset.briefs.at(-1);
    if (!first) throw new Error("the fixture has no brief");
    const added = selectNewInBrief(first, dataset.briefs, selectDocumentIndex(dataset));
    expect(added.followUps).toEqual([]);
    expect(added.companies.map((s) => s.entity.id)).toContain("co-0002");
  });
});
