import { describe, expect, it } from "vitest";
import type { BriefInput } from "@/ingest/parse-brief";
import { asSecondCopy } from "./keep-brief";

// A synthetic brief: one Top 5 item with a target, one corporate news item.
const brief = (id: string, itemSuffix = ""): BriefInput => ({
  id,
  series: "Synthetic",
  publishedOn: "2023-05-03",
  reportingPeriod: { start: "2023-03-28", end: "2023-04-24" },
  top5: [
    {
      id: `chips${itemSuffix}`,
      rank: 1,
      date: "2023-04-14",
      issuingBodies: ["miit"],
      headline: "A synthetic headline",
      atAGlance: "A synthetic summary.",
      bullets: [],
      comment: [],
      document: { titleEn: "Synthetic guidance", titleZh: null },
    },
  ],
  corporateNews: [
    {
      id: `deal${itemSuffix}`,
      date: "2023-04-02",
      text: "A synthetic deal.",
      companies: [],
      dealKind: "order",
    },
  ],
  targets: [
    {
      id: `t1${itemSuffix}`,
      policy: `chips${itemSuffix}`,
      text: "More chips",
      sector: "semiconductors",
      targetYear: 2025,
      targetYearBasis: "explicit",
    },
  ],
});

const ids = (copy: BriefInput) => [
  copy.id,
  ...(copy.top5 ?? []).map((item) => item.id),
  ...(copy.corporateNews ?? []).map((item) => item.id),
  ...(copy.targets ?? []).map((target) => `${target.id}→${target.policy}`),
];

describe("keeping a second copy of a brief", () => {
  it.each([
    ["the first copy", "may", "", ["may"], "copy"],
    ["a second copy of the original", "may", "", ["may", "may-copy"], "copy-2"],
    ["a copy of the copy", "may-copy", "-copy", ["may", "may-copy"], "copy-2"],
    [
      "a copy of the copy, after a third",
      "may-copy",
      "-copy",
      ["may", "may-copy", "may-copy-2"],
      "copy-3",
    ],
    ["a copy of the third", "may-copy-2", "-copy-2", ["may", "may-copy", "may-copy-2"], "copy-3"],
    ["a copy of a copy whose original is gone", "may-copy", "-copy", ["may-copy"], "copy-2"],
  ])("names %s with a counted suffix", (_, id, itemSuffix, taken, suffix) => {
    const copy = asSecondCopy(
      brief(id, itemSuffix),
      taken.map((takenId) => ({ id: takenId })),
    );
    expect(ids(copy)).toEqual([
      `may-${suffix}`,
      `chips-${suffix}`,
      `deal-${suffix}`,
      `t1-${suffix}→chips-${suffix}`,
    ]);
  });
});
