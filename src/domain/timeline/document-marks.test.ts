import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "@/data/model";
import { selectDocumentIndex } from "@/domain/derived/dataset-derived";
import { buildDocumentIndex } from "@/domain/documents/document-index";
import { sortPolicies } from "@/domain/timeline/sort-policies";
import { loadDiskDataset, MANY_BRIEFS_DATA_DIR } from "../../../tests/disk-dataset";
import expected from "../../../tests/fixtures/many-briefs.expected.json";
import { buildPolicy } from "../../../tests/factories/policies";
import {
  describeDocumentMark,
  familyMentionIds,
  selectDocumentMarks,
  selectDocumentPlace,
} from "./document-marks";

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadDiskDataset(MANY_BRIEFS_DATA_DIR);
});

describe("one mark per document across 24 briefs", () => {
  it("keeps the first mention of each document and drops the later ones", () => {
    const marks = selectDocumentMarks(
      sortPolicies(dataset.policies, "date-asc"),
      selectDocumentIndex(dataset),
    ).map((policy) => policy.id);
    for (const [first, ...later] of expected.documents) {
      expect(marks).toContain(first);
      for (const id of later) expect(marks).not.toContain(id);
    }
    const mentions = expected.documents.reduce((sum, ids) => sum + ids.length - 1, 0);
    expect(marks).toHaveLength(dataset.policies.length - mentions);
  });

  it("keeps a later mention when the filter leaves out the first", () => {
    const [, second] = expected.documents[0] ?? [];
    const kept = dataset.policies.filter((policy) => policy.id === second);
    expect(selectDocumentMarks(kept, selectDocumentIndex(dataset)).map((p) => p.id)).toEqual([
      second,
    ]);
  });

  it.each([
    ["doc-a-1", " Mentioned 3 times."],
    ["doc-c-2", " Mentioned 2 times."],
    ["fam-b-issued", " Stage 2 of 3: issued."],
    ["fam-d-draft", " Stage 1 of 2: draft for comment."],
  ])("says how often %s is mentioned and which stage it is", (id, text) => {
    expect(describeDocumentMark(id, selectDocumentIndex(dataset))).toBe(text);
  });

  it("says nothing more of a document mentioned once and without stages", () => {
    const single = dataset.policies.find(
      (policy) => !expected.documents.flat().includes(policy.id),
    );
    if (!single) throw new Error("the fixture has no single mention");
    expect(describeDocumentMark(single.id, selectDocumentIndex(dataset))).toBe("");
    expect(familyMentionIds(single.id, selectDocumentIndex(dataset))).toEqual([]);
  });

  it("links every stage of a family", () => {
    const family = expected.families[0] ?? [];
    expect(familyMentionIds("fam-b-rules", selectDocumentIndex(dataset)).sort()).toEqual(
      [...family].sort(),
    );
  });

  it("places a later stage among its family, with each mention's brief", () => {
    const policy = dataset.policies.find((p) => p.id === "fam-b-issued") ?? null;
    const place = selectDocumentPlace(policy, selectDocumentIndex(dataset), dataset.briefs);
    expect(place.mentions.map((m) => [m.policy.id, m.brief?.id])).toEqual([
      ["fam-b-issued", "synthetic-2021-07"],
    ]);
    expect(place.stages.map((s) => [s.policy.id, s.stage, s.isCurrent])).toEqual([
      ["fam-b-draft", "draft", false],
      ["fam-b-issued", "issued", true],
      ["fam-b-rules", "implementation", false],
    ]);
    expect(selectDocumentPlace(null, selectDocumentIndex(dataset), dataset.briefs)).toEqual({
      mentions: [],
      stages: [],
    });
  });

  it("links and places both stages of a two-stage family", () => {
    const index = selectDocumentIndex(dataset);
    expect(familyMentionIds("fam-d-issued", index).sort()).toEqual(["fam-d-draft", "fam-d-issued"]);
    const policy = dataset.policies.find((p) => p.id === "fam-d-issued") ?? null;
    expect(
      selectDocumentPlace(policy, index, dataset.briefs).stages.map((s) => [
        s.policy.id,
        s.isCurrent,
      ]),
    ).toEqual([
      ["fam-d-draft", false],
      ["fam-d-issued", true],
    ]);
  });

  it("lists no stages for a document without a family", () => {
    const policy = dataset.policies.find((p) => p.id === "doc-a-1") ?? null;
    const place = selectDocumentPlace(policy, selectDocumentIndex(dataset), dataset.briefs);
    expect(place.mentions.map((m) => m.policy.id)).toEqual(["doc-a-1", "doc-a-2", "doc-a-3"]);
    expect(place.stages).toEqual([]);
  });
});

describe("document marks of a hand-made index", () => {
  it("says both how often a document is mentioned and its stage, even a stage without a name", () => {
    const documents = buildDocumentIndex([
      buildPolicy({ id: "m1", date: "2023-01-10", sameAs: ["m2"] }),
      buildPolicy({ id: "m2", date: "2023-02-10", sameAs: ["m1"] }),
      buildPolicy({ id: "later", date: "2023-03-10", familyOf: ["m1"] }),
    ]);
    expect(describeDocumentMark("m2", documents)).toBe(" Mentioned 2 times. Stage 1 of 2.");
  });

  it("says nothing and links nothing for a policy the index does not hold", () => {
    const documents = buildDocumentIndex([buildPolicy({ id: "m1" })]);
    expect(describeDocumentMark("unknown", documents)).toBe("");
    expect(familyMentionIds("unknown", documents)).toEqual([]);
  });
});
