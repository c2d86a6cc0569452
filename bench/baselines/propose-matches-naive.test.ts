import { describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/generate/dataset";
import { readSectorVocabulary } from "../../scripts/generate/write-dataset";
import type { Dataset } from "../../src/data/model";
import { toDocumentMention } from "../../src/domain/documents/document-index";
import { proposeDocumentMatches } from "../../src/domain/documents/propose-matches";
import { loadDiskDataset, MANY_BRIEFS_DATA_DIR } from "../../tests/disk-dataset";
import { proposeDocumentMatchesNaive } from "./propose-matches-naive";

function latestAgainstEarlier(dataset: Dataset) {
  const [latest] = dataset.briefs;
  if (!latest) throw new Error("no brief");
  return [
    latest.policies.map(toDocumentMention),
    dataset.policies.filter((p) => p.briefId !== latest.id).map(toDocumentMention),
  ] as const;
}

describe("the naive matching baseline", () => {
  it("proposes what the indexed matcher proposes, on the 24-brief fixture", async () => {
    const dataset = await loadDiskDataset(MANY_BRIEFS_DATA_DIR);
    for (const brief of dataset.briefs) {
      const incoming = brief.policies.map(toDocumentMention);
      const earlier = dataset.policies.filter((p) => p.briefId !== brief.id).map(toDocumentMention);
      expect(proposeDocumentMatchesNaive(incoming, earlier)).toEqual(
        proposeDocumentMatches(incoming, earlier),
      );
    }
  });

  it("proposes what the indexed matcher proposes, on generated data", async () => {
    const files = generateDataset({
      seed: 5,
      briefs: 12,
      policies: 400,
      news: 50,
      companies: 20,
      countries: 5,
      sectors: readSectorVocabulary(),
    });
    const dataset = await loadDiskDataset(
      "/nonexistent/",
      Object.fromEntries(files.map((file) => [file.path, file.text])),
    );
    const [incoming, earlier] = latestAgainstEarlier(dataset);
    const proposals = proposeDocumentMatches(incoming, earlier);
    expect(proposals.length).toBeGreaterThan(0);
    expect(proposeDocumentMatchesNaive(incoming, earlier)).toEqual(proposals);
  });
});
