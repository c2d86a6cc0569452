import { describe, expect, it } from "vitest";
import type { Brief, Policy, Target, TimeLimit } from "@/data/model";
import { buildDocumentIndex } from "@/domain/documents/document-index";
import { selectDocumentIndex } from "@/domain/derived/dataset-derived";
import { buildNews } from "../../../tests/factories/news";
import { buildBrief, buildPolicy, buildSector } from "../../../tests/factories/policies";
import { buildTarget } from "../../../tests/factories/targets";
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

const addedBy = (latest: Brief, earlier: Brief) =>
  selectNewInBrief(
    latest,
    [latest, earlier],
    buildDocumentIndex([...earlier.policies, ...latest.policies]),
  );

describe("what a brief adds to one earlier brief", () => {
  const draft = buildPolicy({ id: "draft", briefId: "may", sectors: ["energy"] });
  const earlier = buildBrief("may", "2023-05-03", {
    policies: [draft],
    corporateNews: [buildNews({ id: "catl", briefId: "may", sectors: [buildSector("autos")] })],
  });

  it("counts a sector as new only when no earlier policy or company news named it", () => {
    const latest = buildBrief("june", "2023-06-07", {
      policies: [buildPolicy({ id: "p", briefId: "june", sectors: ["energy", "autos", "chips"] })],
    });
    expect(addedBy(latest, earlier).sectors.map((sight) => sight.entity.id)).toEqual(["chips"]);
  });

  it("follows up a new stage of a policy, not a document reported again", () => {
    const final = buildPolicy({ id: "final", briefId: "june", familyOf: ["draft"] });
    const again = buildPolicy({ id: "again", briefId: "june", sameAs: ["draft"] });
    const latest = buildBrief("june", "2023-06-07", { policies: [final, again] });
    expect(
      addedBy(latest, earlier).followUps.map(({ item, follows }) => [item.id, follows.id]),
    ).toEqual([["final", "draft"]]);
  });
});

describe("targets due within a year of the brief", () => {
  const dueIn = (publishedOn: string, policy: Policy, targets: Target[]) => {
    const brief = buildBrief("brief", publishedOn, { policies: [policy], targets });
    const earlier = buildBrief("none", "2000-01-01", {});
    return addedBy(brief, earlier).targetsDue.map((target) => target.id);
  };
  const limit = (id: string, amount: number, unit: TimeLimit["unit"]) =>
    buildTarget({
      id,
      policyId: "p",
      targetYear: null,
      timeLimit: { duty: null, amount, unit },
    });

  it("counts a time limit from the policy's date", () => {
    // Policy of 14 April 2023 in the brief of 3 May 2023: due up to 2 May 2024.
    const policy = buildPolicy({ id: "p", date: "2023-04-14" });
    expect(
      dueIn("2023-05-03", policy, [
        limit("30 days: 14 May 2023", 30, "day"),
        limit("20 weeks: 1 Sep 2023", 20, "week"),
        limit("a month: 14 May 2023", 1, "month"),
        limit("a year: 14 Apr 2024", 1, "year"),
        limit("two years: Apr 2025", 2, "year"),
        limit("two weeks: 28 Apr 2023, before the brief", 2, "week"),
      ]),
    ).toEqual([
      "30 days: 14 May 2023",
      "20 weeks: 1 Sep 2023",
      "a month: 14 May 2023",
      "a year: 14 Apr 2024",
    ]);
  });

  it("counts a target due on the brief's day and one due a year after it", () => {
    // A brief of 31 December 2022: its year ends that day, and 2023 ends 365 days later.
    const policy = buildPolicy({ id: "p", date: "2022-12-20" });
    const target = (id: string, targetYear: number) =>
      buildTarget({ id, policyId: "p", targetYear });
    expect(
      dueIn("2022-12-31", policy, [
        target("by 2021", 2021),
        target("by 2022", 2022),
        target("by 2023", 2023),
        target("by 2024", 2024),
      ]),
    ).toEqual(["by 2022", "by 2023"]);
  });
});
