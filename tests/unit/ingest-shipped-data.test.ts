import { describe, expect, it } from "vitest";
import type { TargetQuantityFile } from "@/data/schema";
import { parseBrief } from "@/ingest/parse-brief";
import { formatJson } from "@/lib/format-json";
import {
  readSeedAnnotations,
  readSeedBrief,
  readShippedBrief,
  readShippedRegistries,
} from "./ingest-inputs";

function ingestSeed() {
  const result = parseBrief(readSeedBrief(), {
    registries: readShippedRegistries(),
    annotations: readSeedAnnotations(),
  });
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe("the shipped brief is what the ingest makes of the seed brief", () => {
  it("regenerates byte for byte from the text and the annotations file", async () => {
    const result = ingestSeed();
    expect(result.report.warnings).toEqual([]);
    expect(await formatJson(result.brief)).toBe(readShippedBrief());
  });
});

const FOUNDRY = "2023-04-14-foundry-forging-opinions";
const AI = "2023-04-11-generative-ai-measures";
const MAJORS = "2023-04-04-higher-education-majors-reform";
const IPV6 = "2023-04-23-ipv6-evolution-opinions";
const SMES = "2023-04-18-sme-large-enterprise-matching";
const CHIPS = "2023-03-28-miit-automotive-chip-standards";

type Row = [id: string, sector: string, year: number | null, quantities: TargetQuantityFile[]];

/**
 * Every target of the brief of 3 May 2023, written by hand from its text: the 19 bullets under
 * the Top 5 (4 + 4 + 4 + 4 + 3), one record each, with every figure a bullet sets; and the one
 * policy news clause with a number and a deadline ("develop over 30 key standards … by 2025").
 */
const BRIEF_TARGETS: Row[] = [
  [`${FOUNDRY}-t1`, "foundry-forging", 2025, []],
  [
    `${FOUNDRY}-t2`,
    "foundry-forging",
    2025,
    [
      {
        metric: "particulate matter pollution in the foundry industry",
        value: 30,
        unit: "percent",
        direction: "reduce",
        qualifier: "more than",
        baselineYear: 2020,
      },
      {
        metric: "energy consumption per ton of forged materials",
        value: 5,
        unit: "percent",
        direction: "reduce",
        baselineYear: 2020,
      },
    ],
  ],
  [`${FOUNDRY}-t3`, "foundry-forging", 2025, []],
  [`${FOUNDRY}-t4`, "foundry-forging", 2025, []],
  [`${AI}-t1`, "artificial-intelligence", null, []],
  [`${AI}-t2`, "artificial-intelligence", null, []],
  [`${AI}-t3`, "artificial-intelligence", null, []],
  [`${AI}-t4`, "artificial-intelligence", null, []],
  [
    `${MAJORS}-t1`,
    "higher-education",
    2025,
    [
      {
        metric: "share of subject majors optimized and adjusted",
        value: 20,
        unit: "percent",
        direction: "reach",
        qualifier: "about",
      },
    ],
  ],
  [`${MAJORS}-t2`, "higher-education", 2025, []],
  [
    `${MAJORS}-t3`,
    "higher-education",
    2025,
    [
      {
        metric: "national world-class majors",
        value: 10000,
        unit: "majors",
        direction: "reach",
        qualifier: "about",
      },
      {
        metric: "training bases for top students in basic disciplines",
        value: 300,
        unit: "training bases",
        direction: "reach",
        qualifier: "about",
      },
    ],
  ],
  [`${MAJORS}-t4`, "higher-education", 2025, []],
  [`${IPV6}-t1`, "internet-infrastructure", 2025, []],
  [`${IPV6}-t2`, "internet-infrastructure", 2025, []],
  [`${IPV6}-t3`, "internet-infrastructure", 2025, []],
  [
    `${IPV6}-t4`,
    "internet-infrastructure",
    2025,
    [
      {
        metric: "IPv6+ innovation cities",
        value: 50,
        unit: "cities",
        direction: "reach",
        qualifier: "over",
      },
    ],
  ],
  [`${SMES}-t1`, "smes-innovation", null, []],
  [`${SMES}-t2`, "smes-innovation", null, []],
  [`${SMES}-t3`, "smes-innovation", null, []],
  [
    `${CHIPS}-t1`,
    "semiconductors",
    2025,
    [
      {
        metric: "key standards for automotive chips",
        value: 30,
        unit: "key standards",
        direction: "reach",
        qualifier: "over",
      },
    ],
  ],
];

describe("the targets the ingest reads from the brief of 3 May 2023", () => {
  const { brief } = ingestSeed();
  const targets = brief.targets ?? [];

  it("makes one record per Top 5 bullet, 19 in all, and one of the policy news clause", () => {
    const top5Ids = new Set(brief.top5.map((item) => item.id));
    expect(targets.filter((target) => top5Ids.has(target.policy))).toHaveLength(19);
    expect(targets.map((target) => target.id)).toEqual(BRIEF_TARGETS.map(([id]) => id));
  });

  it("keeps each bullet's text once, as printed", () => {
    const bullets = brief.top5.flatMap((item) => item.bullets);
    expect(targets.slice(0, 19).map((target) => target.text)).toEqual(bullets);
  });

  it.each(BRIEF_TARGETS)(
    "reads %s: sector %s, by %s, its figures",
    (id, sector, year, quantities) => {
      const target = targets.find((candidate) => candidate.id === id);
      expect(target).toMatchObject({ sector, targetYear: year, quantities });
    },
  );

  it("keeps the CAC draft's 'within three months' as a time limit on a duty, not a deadline", () => {
    const target = targets.find((candidate) => candidate.id === `${AI}-t2`);
    expect(target?.targetYear).toBeNull();
    expect(target?.timeLimit).toEqual({ duty: "update the algorithm", amount: 3, unit: "month" });
    expect(targets.filter((candidate) => candidate.timeLimit)).toHaveLength(1);
  });

  it("marks the annotated metric wording and nothing else of the figures", () => {
    const annotated = targets.flatMap((target) =>
      (target.annotated ?? [])
        .filter((field) => field !== "sector")
        .map((field) => `${target.id} ${field}`),
    );
    expect(annotated).toEqual([`${MAJORS}-t1 quantities[0].metric`]);
  });
});

describe("where the corporate news of 3 May 2023 happens", () => {
  it("records each place the brief names, in its words; a city's country is an annotation", () => {
    const { brief } = ingestSeed();
    const places = (brief.corporateNews ?? []).map((item) => [
      item.id,
      item.location ?? null,
      (item.annotated ?? []).filter((field) => field.startsWith("location")),
    ]);
    expect(places).toEqual([
      ["2023-04-06-granges-innovation-new-material-jv", { country: "CN", words: "in China" }, []],
      [
        "2023-04-06-airbus-tianjin-second-a320-line",
        { country: "CN", city: "Tianjin", words: "in Tianjin" },
        ["location.country"],
      ],
      // The brief names no place for the order, the Cariad JV or Huawei's software: none is made up.
      ["2023-04-08-cssc-cma-cgm-container-ships", null, []],
      [
        "2023-04-09-tesla-shanghai-megapack-factory",
        { country: "CN", city: "Shanghai", words: "in Shanghai" },
        ["location.country"],
      ],
      ["2023-04-13-cariad-thundersoft-jv", null, []],
      ["2023-04-20-huawei-in-house-erp", null, []],
    ]);
    // Every recorded phrase is the brief's own.
    for (const item of brief.corporateNews ?? []) {
      if (item.location?.words) expect(item.text).toContain(item.location.words);
    }
  });
});
