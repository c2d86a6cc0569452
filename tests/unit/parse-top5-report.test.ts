import { describe, expect, it } from "vitest";
import { parseTop5, splitTitle } from "@/ingest/parse-top5";
import { createReport } from "@/ingest/report";
import { toSourceLines } from "@/ingest/source-lines";

// The reporting period of the brief of 3 May 2023: "MARCH 28 - APRIL 24".
const PERIOD = { start: "2023-03-28", end: "2023-04-24" };

/** The Top 5 section of a brief, one line per array entry (line 1 is the first). */
function top5(...lines: string[]) {
  const source = toSourceLines(lines.join("\n"));
  const report = createReport();
  const items = parseTop5(source, PERIOD, report);
  return { items, ...report.finish(source) };
}

/** A complete item of the brief's first Top 5 story, shortened; 11 lines. */
const FOUNDRY = [
  "1. Going hammer and tongs: China to transform forging and foundry industries",
  "",
  "At a glance: Three ministries issued support for the foundry and forging industries. They set targets for 2025 including:",
  "",
  "- Achieve breakthroughs in key areas of high-end casting and forging",
  "- Reduce particulate matter pollution in the foundry industry by more than 30 percent",
  "",
  "MERICS comment: China has been the world’s largest foundry and forging market for over two decades.",
  "",
  "Article: Guiding Opinions on Promoting the High-Quality Development of the Foundry and Forging Industries (关于推动铸造和锻压行业高质量发展的指导意见) ([Link](#))",
  "",
  "Issuing bodies: MIIT, NDRC, MEE",
  "",
  "Date: April 14, 2023",
];

describe("a Top 5 item as the ingest reads it", () => {
  it("keeps every part of a complete item and uses all its lines", () => {
    const { items, used, unparsed, warnings } = top5(...FOUNDRY);
    expect(items).toEqual([
      expect.objectContaining({
        rank: 1,
        headline: "Going hammer and tongs: China to transform forging and foundry industries",
        atAGlance:
          "Three ministries issued support for the foundry and forging industries. They set targets for 2025 including:",
        bullets: [
          "Achieve breakthroughs in key areas of high-end casting and forging",
          "Reduce particulate matter pollution in the foundry industry by more than 30 percent",
        ],
        details: [],
        comment: [
          "China has been the world’s largest foundry and forging market for over two decades.",
        ],
        titleEn:
          "Guiding Opinions on Promoting the High-Quality Development of the Foundry and Forging Industries",
        titleZh: "关于推动铸造和锻压行业高质量发展的指导意见",
        issuersText: "MIIT, NDRC, MEE",
        issuersLine: 12,
        date: "2023-04-14",
        horizonYear: 2025,
        lines: [1, 3, 5, 6, 8, 10, 12, 14],
      }),
    ]);
    expect(used).toEqual([1, 3, 5, 6, 8, 10, 12, 14]);
    expect(unparsed).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it("keeps paragraphs between the bullets and the comment as details, and a comment's paragraphs", () => {
    const { items } = top5(
      ...FOUNDRY.slice(0, 7),
      "The plan follows an earlier one.",
      "",
      "MERICS comment: First paragraph.",
      "",
      "Second paragraph.",
      "",
      ...FOUNDRY.slice(9),
    );
    expect(items[0]).toMatchObject({
      details: ["The plan follows an earlier one."],
      comment: ["First paragraph.", "Second paragraph."],
    });
  });

  it("reports a second item ranked 3 and keeps the first", () => {
    const second = FOUNDRY.map((line, at) => (at === 0 ? "3. Another headline" : line));
    const first = FOUNDRY.map((line, at) => (at === 0 ? "3. A headline" : line));
    const { items, unparsed } = top5(...first, "", ...second);
    expect(items.map((item) => [item.rank, item.headline])).toEqual([[3, "A headline"]]);
    expect(unparsed.map((entry) => [entry.line, entry.reason])).toEqual(
      [16, 18, 20, 21, 23, 25, 27, 29].map((line) => [line, "a second Top 5 item ranked 3"]),
    );
  });

  it("reports text before the first item", () => {
    const { unparsed } = top5("Some words before.", "", ...FOUNDRY);
    expect(unparsed).toEqual([
      { line: 1, text: "Some words before.", reason: "text before the first Top 5 item" },
    ]);
  });

  it("leaves out an item without its summary and comment, naming what it lacks", () => {
    const { items, unparsed, warnings } = top5(FOUNDRY[0] ?? "", "", "- A bullet only");
    expect(items).toEqual([]);
    const reason =
      "Top 5 item 1 is incomplete: missing an 'At a glance:' paragraph, a 'MERICS comment:' paragraph, " +
      "an 'Article:' line with the English title, an 'Issuing bodies:' line, a 'Date:' line such as 'Date: April 14, 2023'";
    expect(unparsed.map((entry) => [entry.line, entry.reason])).toEqual([
      [1, reason],
      [3, reason],
    ]);
    expect(warnings).toEqual([{ line: 1, message: reason }]);
  });

  it("names only the missing comment when the rest is there", () => {
    const { items, warnings } = top5(...FOUNDRY.slice(0, 7), ...FOUNDRY.slice(9));
    expect(items).toEqual([]);
    expect(warnings).toEqual([
      { line: 1, message: "Top 5 item 1 is incomplete: missing a 'MERICS comment:' paragraph" },
    ]);
  });

  it("names only the missing summary when bullets open the item, and keeps the comment as the comment", () => {
    const { items, warnings } = top5(
      FOUNDRY[0] ?? "",
      "",
      ...FOUNDRY.slice(4, 7),
      ...FOUNDRY.slice(7),
    );
    expect(items).toEqual([]);
    expect(warnings).toEqual([
      { line: 1, message: "Top 5 item 1 is incomplete: missing an 'At a glance:' paragraph" },
    ]);
  });

  it("reports a lone 'At a glance:' followed by bullets as a missing summary, not an empty one", () => {
    const { items, warnings, unparsed } = top5(
      FOUNDRY[0] ?? "",
      "",
      "At a glance:",
      "",
      ...FOUNDRY.slice(4),
    );
    expect(items).toEqual([]);
    expect(warnings).toEqual([
      { line: 1, message: "Top 5 item 1 is incomplete: missing an 'At a glance:' paragraph" },
    ]);
    expect(unparsed).toContainEqual(
      expect.objectContaining({ line: 3, reason: "a label with no text after it" }),
    );
  });

  it("takes an unlabelled first paragraph as the summary, with a warning", () => {
    const lines = FOUNDRY.map((line, at) => (at === 2 ? line.replace("At a glance: ", "") : line));
    const { items, warnings } = top5(...lines);
    expect(items[0]?.atAGlance).toMatch(/^Three ministries issued/);
    expect(warnings).toEqual([
      { line: 3, message: "no 'At a glance:' label; the first paragraph is taken as the summary" },
    ]);
  });

  it("joins an 'At a glance:' label on a line of its own to the paragraph below", () => {
    const lines = [
      FOUNDRY[0] ?? "",
      "",
      "At a glance:",
      "The summary below its label.",
      ...FOUNDRY.slice(3),
    ];
    const { items, used } = top5(...lines);
    expect(items[0]?.atAGlance).toBe("The summary below its label.");
    expect(used).toContain(3);
    expect(used).toContain(4);
  });

  it("joins an 'At a glance:' label to its paragraph across a blank line", () => {
    const lines = [
      FOUNDRY[0] ?? "",
      "",
      "At a glance:",
      "",
      "The summary below its label.",
      ...FOUNDRY.slice(3),
    ];
    const { items, used, unparsed, warnings } = top5(...lines);
    expect(items[0]?.atAGlance).toBe("The summary below its label.");
    expect(items[0]?.comment).toEqual([
      "China has been the world’s largest foundry and forging market for over two decades.",
    ]);
    expect(used).toEqual([1, 3, 5, 7, 8, 10, 12, 14, 16]);
    expect(unparsed).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it("reports text after the article and issuing bodies of an item that has no date line", () => {
    const { items, unparsed } = top5(...FOUNDRY.slice(0, 12), "", "Read more on our website.");
    expect(items[0]?.comment).toEqual([
      "China has been the world’s largest foundry and forging market for over two decades.",
    ]);
    expect(unparsed).toEqual([
      {
        line: 14,
        text: "Read more on our website.",
        reason: "text after the article, issuing bodies and date of a Top 5 item",
      },
    ]);
  });

  it("keeps each document line to its own field when another one is missing", () => {
    const withoutArticle = top5(...FOUNDRY.slice(0, 9), ...FOUNDRY.slice(11));
    expect(withoutArticle.items[0]).toMatchObject({
      titleEn: null,
      titleZh: null,
      issuersText: "MIIT, NDRC, MEE",
      date: "2023-04-14",
    });
    const withoutIssuers = top5(...FOUNDRY.slice(0, 11), ...FOUNDRY.slice(13));
    expect(withoutIssuers.items[0]).toMatchObject({
      titleEn:
        "Guiding Opinions on Promoting the High-Quality Development of the Foundry and Forging Industries",
      issuersText: null,
      date: "2023-04-14",
    });
  });

  it("reports a second article line of an undated item as repeated, not as its date", () => {
    const article = FOUNDRY[9] ?? "";
    const { items, unparsed } = top5(...FOUNDRY.slice(0, 12), "", article);
    expect(items[0]?.date).toBeNull();
    expect(unparsed).toEqual([
      { line: 14, text: article, reason: "a field repeated or out of place in a Top 5 item" },
    ]);
  });

  it("reads an article line with only a Chinese title as no English title", () => {
    const lines = FOUNDRY.map((line, at) =>
      at === 9 ? "Article: 关于推动铸造和锻压行业高质量发展的指导意见 ([Link](#))" : line,
    );
    expect(top5(...lines).items[0]).toMatchObject({
      titleEn: null,
      titleZh: "关于推动铸造和锻压行业高质量发展的指导意见",
    });
  });

  it.each([
    [
      "a repeated field",
      ["Date: April 15, 2023"],
      "a field repeated or out of place in a Top 5 item",
    ],
    [
      "text after the fields",
      ["Read more on our website."],
      "text after the article, issuing bodies and date of a Top 5 item",
    ],
  ])("reports %s at the end of an item", (_, extra, reason) => {
    const { items, unparsed } = top5(...FOUNDRY, "", ...extra);
    expect(items).toHaveLength(1);
    expect(unparsed).toEqual([{ line: 16, text: extra[0], reason }]);
  });

  it("reports a bullet inside the comment and a bullet after the detail paragraphs", () => {
    const { items, unparsed } = top5(
      ...FOUNDRY.slice(0, 7),
      "A detail paragraph.",
      "",
      "- A late bullet",
      "",
      "MERICS comment: The comment.",
      "",
      "- A bullet in the comment",
      "",
      ...FOUNDRY.slice(9),
    );
    expect(items[0]?.bullets).toHaveLength(2);
    expect(unparsed.map((entry) => [entry.line, entry.reason])).toEqual([
      [10, "a bullet after the paragraphs that follow the bullet list"],
      [14, "a bullet inside the MERICS comment"],
    ]);
  });

  it("dates 'April 14' without a year from the reporting period, with a warning", () => {
    const { items, warnings } = top5(...FOUNDRY.slice(0, 13), "Date: April 14");
    expect(items[0]?.date).toBe("2023-04-14");
    expect(warnings).toEqual([
      {
        line: 14,
        message: "the date 'April 14' has no year; 2023 is taken from the reporting period",
      },
    ]);
  });

  it("reports a date it cannot read and keeps the item undated", () => {
    const { items, unparsed } = top5(...FOUNDRY.slice(0, 13), "Date: mid-April");
    expect(items[0]?.date).toBeNull();
    expect(unparsed).toEqual([
      {
        line: 14,
        text: "Date: mid-April",
        reason: "cannot read the date 'mid-April'; write it like 'April 14, 2023'",
      },
    ]);
  });

  it.each([
    ["They set targets for 2025 including:", 2025],
    ["The goals until 2030 are:", 2030],
    ["It sets objectives through 2027.", 2027],
    // Only the last sentence dates the bullets; a year elsewhere is not a deadline.
    ["Targets for 2025 were met. The new plan lists:", null],
    ["The 2025 plan lists:", null],
  ])("reads the bullets' horizon of %j as %j", (sentence, year) => {
    const lines = FOUNDRY.map((line, at) =>
      at === 2 ? `At a glance: The plan. ${sentence}` : line,
    );
    expect(top5(...lines).items[0]?.horizonYear).toBe(year);
  });
});

describe("splitTitle", () => {
  it.each([
    ["Guiding Opinions (关于推动的指导意见)", "Guiding Opinions", "关于推动的指导意见"],
    ["Guiding Opinions （关于推动的指导意见）", "Guiding Opinions", "关于推动的指导意见"],
    [
      "Measures (Draft) 国家互联网信息办公室《办法》",
      "Measures (Draft)",
      "国家互联网信息办公室《办法》",
    ],
    ["Notice 《通知》", "Notice", "《通知》"],
    ["  An English title only  ", "An English title only", null],
    ["An English title only", "An English title only", null],
    ["Notice 《通知》 ", "Notice", "《通知》"],
    ["Guiding Opinions ( 关于推动的指导意见 )", "Guiding Opinions", "关于推动的指导意见"],
    // Only the bracket that closes the title goes, not one inside the Chinese title.
    ["Measures (关于《办法（征求意见稿）》的通知)", "Measures", "关于《办法（征求意见稿）》的通知"],
  ])("splits %j", (text, titleEn, titleZh) => {
    expect(splitTitle(text)).toEqual({ titleEn, titleZh });
  });
});
