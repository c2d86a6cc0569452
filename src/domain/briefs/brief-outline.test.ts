import { beforeAll, describe, expect, it } from "vitest";
import type { Brief } from "@/data/model";
import {
  countBriefItems,
  describeBriefContents,
  placeTargetsInBullets,
  toBriefOutline,
} from "@/domain/briefs/brief-outline";
import { buildBrief, buildPolicy } from "../../../tests/factories/policies";
import { buildTarget } from "../../../tests/factories/targets";
import { loadShippedDataset } from "../../../tests/disk-dataset";

let brief: Brief;
beforeAll(async () => {
  const dataset = await loadShippedDataset();
  const first = dataset.briefs[0];
  if (!first) throw new Error("the shipped data holds a brief");
  brief = first;
});

describe("toBriefOutline", () => {
  it("orders the Top 5 by rank and keeps the news in the brief's order", () => {
    const outline = toBriefOutline(brief);
    expect(outline.top5.map((policy) => policy.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(outline.policyNews[0]?.id).toBe("2023-03-28-miit-automotive-chip-standards");
    expect(outline.corporateNews.at(-1)?.id).toBe("2023-04-20-huawei-in-house-erp");
    expect(outline.targetsByPolicy.get("2023-04-14-foundry-forging-opinions")).toHaveLength(4);
  });

  it("counts the items of each kind", () => {
    expect(countBriefItems(brief)).toEqual({
      top5: 5,
      news: 8,
      document: 0,
      corporateNews: 6,
      targets: 20,
      targetsWithNumbers: 5,
      companies: 12,
    });
  });

  it("keeps listed policy documents apart from the policy news", () => {
    const listed = {
      ...brief,
      policies: [
        buildPolicy({ id: "news-a" }),
        buildPolicy({ id: "doc-a", kind: "document" }),
        buildPolicy({ id: "doc-b", kind: "document" }),
      ],
    };
    const outline = toBriefOutline(listed);
    expect(outline.policyNews.map((policy) => policy.id)).toEqual(["news-a"]);
    expect(outline.documents.map((policy) => policy.id)).toEqual(["doc-a", "doc-b"]);
    expect(countBriefItems(listed)).toMatchObject({ top5: 0, news: 1, document: 2 });
  });
});

describe("toBriefOutline of a hand-made brief", () => {
  it("orders the Top 5 by rank even when the brief lists them otherwise", () => {
    const listed = buildBrief("b", "2023-05-03", {
      policies: [
        buildPolicy({ id: "third", kind: "top5", rank: 3 }),
        buildPolicy({ id: "first", kind: "top5", rank: 1 }),
        buildPolicy({ id: "second", kind: "top5", rank: 2 }),
      ],
    });
    expect(toBriefOutline(listed).top5.map((policy) => policy.id)).toEqual([
      "first",
      "second",
      "third",
    ]);
  });
});

describe("describeBriefContents", () => {
  const none = {
    top5: 0,
    news: 0,
    document: 0,
    corporateNews: 0,
    targets: 0,
    targetsWithNumbers: 0,
    companies: 0,
  };
  it.each([
    [
      "the shipped brief's counts",
      {
        ...none,
        top5: 5,
        news: 8,
        corporateNews: 6,
        targets: 20,
        targetsWithNumbers: 5,
        companies: 12,
      },
      "5 Top 5 items, 8 policy news items, 20 targets and 6 corporate news items naming 12 companies",
    ],
    [
      "one of each, in the singular",
      { ...none, news: 1, corporateNews: 1, companies: 1 },
      "1 policy news item and 1 corporate news item naming 1 company",
    ],
    ["only the kinds it holds", { ...none, top5: 3 }, "3 Top 5 items"],
    ["listed policy documents", { ...none, document: 2 }, "2 policy documents"],
    ["nothing at all", none, "no items"],
    ["corporate news naming no company", { ...none, corporateNews: 2 }, "2 corporate news items"],
  ])("says %s", (_, counts, text) => {
    expect(describeBriefContents(counts)).toBe(text);
  });
});

describe("placeTargetsInBullets", () => {
  it("puts targets under the bullet they quote, several per bullet, the rest apart", () => {
    const bullets = ["Cut A by 5 percent and B by 3 percent", "Build things"];
    const placed = placeTargetsInBullets(bullets, [
      buildTarget({ id: "a", text: bullets[0] }),
      buildTarget({ id: "b", text: bullets[0] }),
      buildTarget({ id: "c", text: "develop over 30 key standards" }),
    ]);
    expect(placed.byBullet.map((targets) => targets.map((t) => t.id))).toEqual([["a", "b"], []]);
    expect(placed.elsewhere.map((target) => target.id)).toEqual(["c"]);
  });
});
