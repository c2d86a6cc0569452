import { describe, expect, it } from "vitest";
import { parseBriefFile } from "@/data/parse-brief-file";
import { formatProblem } from "@/data/problems";

// The brief of 3 May 2023, its items written by hand and shortened.
const FILE = "briefs/2023-05-03-china-industries.json";
const HEADER = {
  id: "2023-05-03-china-industries",
  series: "MERICS China Industries",
  publishedOn: "2023-05-03",
  reportingPeriod: { start: "2023-03-28", end: "2023-04-24" },
};
const HEADLINES = [
  "Going hammer and tongs: China to transform forging and foundry industries",
  "Cyber watchdog suggests far reaching regulation for generative AI",
  "Universities to revise one fifth of majors to match strategic goals",
  "Beijing ramps up rollout of controversial IPv6+ system",
  "China's innovative approach to incubate high-tech SMEs through strategic partnerships with large firms",
];
const item = (rank: number, headline = HEADLINES[rank - 1] ?? "A sixth story") => ({
  id: `item-${rank}`,
  rank,
  headline,
  atAGlance: "At a glance.",
  bullets: [],
  comment: ["MERICS comment."],
  document: { titleEn: "A document", titleZh: null },
  issuingBodies: ["miit"],
  date: "2023-04-14",
});
const MOF_NEWS = {
  id: "2023-03-28-mof-rd-super-deduction",
  date: "2023-03-28",
  issuingBodies: ["mof"],
  text: "The Ministry of Finance (MOF) announced that the super-deduction for R&D expenses will be extended",
};

function read(brief: Record<string, unknown>) {
  const { records, problems } = parseBriefFile(FILE, brief);
  return { records, problems: problems.map(formatProblem) };
}

describe("parseBriefFile reads a brief item by item", () => {
  it("reads the brief's five items without a word", () => {
    const { records, problems } = read({ ...HEADER, top5: [1, 2, 3, 4, 5].map((r) => item(r)) });
    expect(problems).toEqual([]);
    expect(records?.top5.map((found) => found?.headline)).toEqual(HEADLINES);
    expect(records?.policyNews).toEqual([]);
  });

  it("reports a second item ranked 3, naming the first, and past an unreadable item", () => {
    const top5 = [item(1), { ...item(2), headline: " " }, item(3), item(3, HEADLINES[3]), item(1)];
    const { records, problems } = read({ ...HEADER, top5 });
    expect(problems).toEqual([
      `${FILE} → top5[1].headline: expected text, got an empty string; this item is left out`,
      `${FILE} → top5[3].rank: rank 3 is also given to top5[2]`,
      `${FILE} → top5[4].rank: rank 1 is also given to top5[0]`,
    ]);
    expect(records?.top5.map((found) => found?.rank ?? null)).toEqual([1, null, 3, 3, 1]);
  });

  it("leaves out each item past the fifth, by position", () => {
    const top5 = [1, 2, 3, 4, 5, 5, 5].map((rank) => item(rank));
    const { records, problems } = read({ ...HEADER, top5 });
    expect(problems).toEqual([
      `${FILE} → top5[5]: the Top 5 has at most 5 items; this item is left out`,
      `${FILE} → top5[6]: the Top 5 has at most 5 items; this item is left out`,
    ]);
    expect(records?.top5).toHaveLength(5);
  });

  it("leaves out only the bad item of a list, keeping the others at their index", () => {
    const { records, problems } = read({
      ...HEADER,
      top5: [],
      policyNews: [{ ...MOF_NEWS, id: "first" }, { ...MOF_NEWS, text: "" }, MOF_NEWS],
    });
    expect(problems).toEqual([
      `${FILE} → policyNews[1].text: expected text, got an empty string; this item is left out`,
    ]);
    expect(records?.policyNews.map((news) => news?.id ?? null)).toEqual([
      "first",
      null,
      MOF_NEWS.id,
    ]);
  });

  it.each([
    [
      "corporateNews",
      { id: "tesla", date: "2023-04-09", text: "Tesla", companies: [], dealKind: "factory" },
      "corporateNews[0].companies: Too small: expected array to have >=1 items",
    ],
    [
      "targets",
      {
        id: "t",
        policy: "p",
        text: "Reduce",
        sector: "steel",
        targetYear: 1800,
        targetYearBasis: null,
      },
      "targets[0].targetYear: Too small: expected number to be >=1900",
    ],
    [
      "documents",
      { id: "d", date: "2023-04-14", issuingBodies: ["miit"], titleZh: null, titleEn: null },
      "documents[0].titleZh: a document needs a Chinese or an English title",
    ],
  ])("checks each %s item with its own schema", (list, value, problem) => {
    const { records, problems } = read({ ...HEADER, top5: [], [list]: [value] });
    expect(problems).toEqual([`${FILE} → ${problem}; this item is left out`]);
    expect(records?.[list as "targets"]).toEqual([null]);
  });

  it("names misspelt fields of the brief and still reads it", () => {
    const { records, problems } = read({ ...HEADER, top5: [], publishd: "2023-05-03", titel: "x" });
    expect(problems).toEqual([
      `${FILE}: unknown fields 'publishd', 'titel'; check the spelling against the JSON Schema`,
    ]);
    expect(records?.id).toBe(HEADER.id);
  });

  it("refuses the brief when its header cannot be read", () => {
    const { records, problems } = read({ ...HEADER, series: "", top5: [] });
    expect(records).toBeNull();
    expect(problems).toEqual([`${FILE} → series: expected text, got an empty string`]);
  });

  it("refuses a file that is not an object", () => {
    const { records, problems } = read(["not", "a", "brief"] as unknown as Record<string, unknown>);
    expect(records).toBeNull();
    expect(problems).toEqual([`${FILE}: expected object, received array`]);
  });

  it.each([
    ["a number", 20230503, "got 20230503"],
    ["nothing", undefined, "got nothing"],
  ])("says a date field holds %s instead of a date", (_, publishedOn, got) => {
    const { records, problems } = read({ ...HEADER, publishedOn, top5: [] });
    expect(records).toBeNull();
    expect(problems).toEqual([`${FILE} → publishedOn: expected a date like 2023-04-06, ${got}`]);
  });

  // The titles of the brief of 3 May 2023, Top 5 item 1.
  it("keeps a listed document with a Chinese title only, or an English one only", () => {
    const document = { id: "d", date: "2023-04-14", issuingBodies: ["miit"] };
    const { records, problems } = read({
      ...HEADER,
      top5: [],
      documents: [
        { ...document, titleZh: "关于推动铸造和锻压行业高质量发展的指导意见", titleEn: null },
        {
          ...document,
          id: "e",
          titleZh: null,
          titleEn:
            "Guiding Opinions on Promoting the High-Quality Development of the Foundry and Forging Industries",
        },
      ],
    });
    expect(problems).toEqual([]);
    expect(records?.documents.map((found) => found?.id)).toEqual(["d", "e"]);
  });
});
