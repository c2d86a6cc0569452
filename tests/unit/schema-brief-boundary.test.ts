import { describe, expect, it } from "vitest";
import { BriefSchema, IssuingBodySchema, SlugSchema, TargetSchema } from "@/data/schema";

// The brief of 3 May 2023 cut down to what the schema needs, its first Top 5 item written by hand
// from the brief's text (shortened); each test breaks one field the way a hand edit or a bad
// export does, and expects the problem the app shows: the field's path and what is wrong.
const FOUNDRY = {
  id: "2023-04-14-foundry-forging-opinions",
  rank: 1,
  headline: "Going hammer and tongs: China to transform forging and foundry industries",
  atAGlance:
    "Three ministries led by the Ministry of Industry and Information Technology (MIIT) issued support for China’s foundry and forging industries.",
  bullets: ["Achieve breakthroughs in key areas of high-end casting and forging"],
  comment: ["China has been the world’s largest foundry and forging market for over two decades."],
  document: {
    titleEn:
      "Guiding Opinions on Promoting the High-Quality Development of the Foundry and Forging Industries",
    titleZh: "关于推动铸造和锻压行业高质量发展的指导意见",
  },
  issuingBodies: ["miit", "ndrc", "mee"],
  date: "2023-04-14",
};
const BRIEF = {
  id: "2023-05-03-china-industries",
  series: "MERICS China Industries",
  publishedOn: "2023-05-03",
  reportingPeriod: { start: "2023-03-28", end: "2023-04-24" },
  top5: [FOUNDRY],
};

const item = (rank: number, change: Record<string, unknown> = {}) => ({
  ...FOUNDRY,
  id: `item-${rank}`,
  rank,
  ...change,
});

function problems(schema: { safeParse: (input: unknown) => unknown }, input: unknown): string[] {
  const result = schema.safeParse(input) as {
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  };
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("a brief's Top 5 at the data boundary", () => {
  it("accepts the brief's first item as written", () => {
    expect(problems(BriefSchema, BRIEF)).toEqual([]);
  });

  it("refuses a second item ranked 3, naming the first", () => {
    const top5 = [item(1), item(3), item(3), item(4)];
    expect(problems(BriefSchema, { ...BRIEF, top5 })).toEqual([
      "top5.2.rank: rank 3 is also given to top5[1]",
    ]);
  });

  it("reports every repeated rank", () => {
    const top5 = [item(2), item(2), item(5), item(2), item(5)];
    expect(problems(BriefSchema, { ...BRIEF, top5 })).toEqual([
      "top5.1.rank: rank 2 is also given to top5[0]",
      "top5.3.rank: rank 2 is also given to top5[0]",
      "top5.4.rank: rank 5 is also given to top5[2]",
    ]);
  });

  it("accepts five items ranked 1 to 5 in any order, and refuses a sixth", () => {
    const five = [5, 3, 1, 2, 4].map((rank) => item(rank));
    expect(problems(BriefSchema, { ...BRIEF, top5: five })).toEqual([]);
    expect(problems(BriefSchema, { ...BRIEF, top5: [...five, item(6)] })).toEqual([
      "top5: Too big: expected array to have <=5 items",
    ]);
  });

  it.each([
    [0, "top5.0.rank: Too small: expected number to be >=1"],
    [2.5, "top5.0.rank: Invalid input: expected int, received number"],
    ["1", "top5.0.rank: Invalid input: expected number, received string"],
  ])("refuses the rank %j", (rank, problem) => {
    expect(problems(BriefSchema, { ...BRIEF, top5: [{ ...FOUNDRY, rank }] })).toEqual([problem]);
  });

  it.each([
    ["headline", "   ", "top5.0.headline: expected text, got an empty string"],
    ["atAGlance", "", "top5.0.atAGlance: expected text, got an empty string"],
    ["bullets", ["A bullet", " \t"], "top5.0.bullets.1: expected text, got an empty string"],
    ["comment", [], "top5.0.comment: Too small: expected array to have >=1 items"],
    ["issuingBodies", [], "top5.0.issuingBodies: Too small: expected array to have >=1 items"],
    [
      "issuingBodies",
      ["MIIT"],
      `top5.0.issuingBodies.0: expected a slug like "miit" or "2023-04-14-foundry-forging", got "MIIT"`,
    ],
    ["date", "2023-04-31", "top5.0.date: expected a date like 2023-04-06, got '2023-04-31'"],
    [
      "date",
      "1923-04-14",
      "top5.0.date: '1923-04-14' is outside the plausible years 1949–2100; check the year",
    ],
    [
      "document",
      { titleEn: FOUNDRY.document.titleEn, titleZh: " " },
      "top5.0.document.titleZh: Too small: expected string to have >=1 characters",
    ],
    ["summary", "An extra field", 'top5.0: Unrecognized key: "summary"'],
  ])("refuses the item's %s %j", (field, value, problem) => {
    const top5 = [{ ...FOUNDRY, [field]: value }];
    expect(problems(BriefSchema, { ...BRIEF, top5 })).toEqual([problem]);
  });

  it("trims padded text, so the page never shows stray spaces", () => {
    const padded = { ...FOUNDRY, headline: `  ${FOUNDRY.headline}\n`, bullets: [" A bullet "] };
    const parsed = BriefSchema.parse({ ...BRIEF, top5: [padded] });
    expect(parsed.top5[0]?.headline).toBe(FOUNDRY.headline);
    expect(parsed.top5[0]?.bullets).toEqual(["A bullet"]);
  });
});

describe("ids and enums at the data boundary", () => {
  it.each(["miit", "2023-04-14-foundry-forging", "a1"])("takes %j as a slug", (slug) => {
    expect(SlugSchema.safeParse(slug).success).toBe(true);
  });

  it.each(["", "-miit", "miit-", "mi--it", "mi it", "Miit", "miit_2"])(
    "refuses %j as a slug",
    (slug) => {
      expect(SlugSchema.safeParse(slug).success).toBe(false);
    },
  );

  it("refuses an issuing body kind the app does not know, and a blank acronym", () => {
    const body = {
      id: "miit",
      acronym: " ",
      nameEn: "Ministry of Industry and Information Technology",
      nameZh: "工业和信息化部",
      kind: "agency",
    };
    const found = problems(IssuingBodySchema, body);
    expect(found).toHaveLength(2);
    expect(found[0]).toBe("acronym: expected text, got an empty string");
    expect(found[1]).toMatch(/^kind: Invalid option: expected one of "ministry"\|/);
  });

  it("refuses a target whose figure goes a direction the app does not know", () => {
    // The brief's "Reduce particulate matter pollution … by more than 30 percent" (2020 baseline).
    const target = {
      id: "2023-04-14-foundry-forging-opinions-t2",
      policy: "2023-04-14-foundry-forging-opinions",
      text: "Reduce particulate matter pollution in the foundry industry by more than 30 percent",
      sector: "foundry-forging",
      targetYear: 2025,
      targetYearBasis: "horizon",
      quantities: [
        {
          metric: "particulate matter pollution in the foundry industry",
          value: 30,
          unit: "percent",
          direction: "decrease",
          baselineYear: 2020,
        },
      ],
    };
    const found = problems(TargetSchema, target);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^quantities\.0\.direction: Invalid option: expected one of "increase"\|"reduce"\|"reach"/,
    );
  });
});
