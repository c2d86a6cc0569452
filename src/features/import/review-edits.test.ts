import { describe, expect, it } from "vitest";
import { AnnotationsSchema } from "@/ingest/annotations";
import type { BriefInput } from "@/ingest/parse-brief";
import { ANNOTATION_NOTE, NO_EDITS, toAnnotations, withCompletedItems } from "./review-edits";

const header = {
  publishedOn: "2023-05-03",
  reportingPeriod: { start: "2023-03-28", end: "2023-04-24" },
};

function brief(ranks: number[]): BriefInput {
  return {
    id: "2023-05-03-china-industries",
    series: "MERICS China Industries",
    publishedOn: "2023-05-03",
    reportingPeriod: header.reportingPeriod,
    top5: ranks.map((rank) => ({
      id: `item-${rank}`,
      rank,
      headline: `Headline ${rank}`,
      atAGlance: "",
      bullets: [],
      comment: [],
      document: { titleEn: "T", titleZh: null },
      issuingBodies: ["miit"],
      date: "2023-04-14",
    })),
  };
}

describe("toAnnotations for a copied brief", () => {
  it("records the dates a text without its header line was given, before any brief was read", () => {
    const annotations = toAnnotations(null, { ...NO_EDITS, header });
    expect(AnnotationsSchema.parse(annotations)).toMatchObject({
      brief: "2023-05-03-china-industries",
      header: { ...header, note: ANNOTATION_NOTE },
      top5: [],
    });
  });

  it("gives one entry per rank with the item's sector and the document parts, blanks left out", () => {
    const annotations = toAnnotations(brief([1]), {
      ...NO_EDITS,
      sectors: { "item-1": ["manufacturing"] },
      documents: {
        1: { titleEn: " Guiding Opinions ", titleZh: "", issuers: "MIIT, NDRC", date: null },
        3: { titleEn: "", titleZh: "", issuers: "", date: "2023-04-04" },
      },
    });
    expect(annotations.top5).toEqual([
      {
        rank: 1,
        sectors: ["manufacturing"],
        document: { titleEn: "Guiding Opinions", issuers: "MIIT, NDRC" },
        note: ANNOTATION_NOTE,
      },
      { rank: 3, document: { date: "2023-04-04" }, note: ANNOTATION_NOTE },
    ]);
  });

  it("keys edits on items completed after the first reading too", () => {
    const keyed = withCompletedItems(brief([1]), brief([1, 2]));
    expect(keyed.top5.map((item) => item.rank)).toEqual([1, 2]);
    const annotations = toAnnotations(keyed, { ...NO_EDITS, sectors: { "item-2": ["energy"] } });
    expect(annotations.top5).toEqual([{ rank: 2, sectors: ["energy"], note: ANNOTATION_NOTE }]);
  });
});
