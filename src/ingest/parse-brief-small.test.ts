/**
 * parseBrief on small hand-made briefs, one oddity each: what the report says about the header,
 * the news items and the people, and on which line. Every input is built inside its test.
 */
import { describe, expect, it } from "vitest";
import { readShippedRegistries } from "../../tests/unit/ingest-inputs";
import { emptyAnnotations, type Annotations } from "./annotations";
import { NO_HEADER } from "./parse-header";
import { NOT_A_BRIEF, parseBrief, type ParseBriefResult } from "./parse-brief";

const ID = "2023-06-07-china-industries";
const HEADER = "JUNE 7, 2023 (REPORTING PERIOD: APRIL 25 - JUNE 2)";
const MIIT_ITEM = "- *May 2:* The MIIT published a notice on chips ([MIIT notice](#))";
const HUAWEI_ITEM = "- *May 3:* Huawei replaced its ERP software ([Test article](#))";

interface Parts {
  front?: string[];
  policy?: string[];
  corporate?: string[];
  authors?: string[];
  editors?: string[];
}

/**
 * A brief with these lines under its headings. With the defaults, line 1 is the header, lines 3
 * and 4 the title, the first policy item is line 10 and the first corporate item line 14.
 */
function briefText({
  front = [HEADER, "", "MERICS", "China Industries"],
  policy = [MIIT_ITEM],
  corporate = [HUAWEI_ITEM],
  authors = ["Alexander Brown", "Analyst, MERICS"],
  editors,
}: Parts): string {
  return [
    ...front,
    "",
    "NOTEWORTHY",
    "",
    "Policy news",
    "",
    ...policy,
    "",
    "Corporate news",
    "",
    ...corporate,
    "",
    "AUTHORS",
    "",
    ...authors,
    ...(editors ? ["", "EDITORS", "", ...editors] : []),
  ].join("\n");
}

function parse(
  parts: Parts,
  annotations: Partial<Annotations> = {},
  takenIds?: ReadonlySet<string>,
): ParseBriefResult {
  return parseBrief(briefText(parts), {
    registries: readShippedRegistries(),
    annotations: {
      ...emptyAnnotations(ID),
      corporateNews: [{ match: "Huawei replaced", dealKind: "other" }],
      ...annotations,
    },
    ...(takenIds ? { takenIds } : {}),
  });
}

function ok(result: ParseBriefResult) {
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe("parseBrief on the header and title of a small brief", () => {
  it("reads the header and title without a word, and uses their lines", () => {
    const { report, brief } = ok(parse({}));
    expect(brief).toMatchObject({
      id: ID,
      series: "MERICS China Industries",
      publishedOn: "2023-06-07",
      reportingPeriod: { start: "2023-04-25", end: "2023-06-02" },
    });
    expect(report.used).toEqual(expect.arrayContaining([1, 3, 4]));
    expect(report.warnings).toEqual([]);
    expect(report.unparsed).toEqual([]);
  });

  it.each([
    ["MARCH 1 - JUNE 2", "2023-03-01 – 2023-06-02 is 94 days long"],
    ["JANUARY 1 - JUNE 2", "2023-01-01 – 2023-06-02 is 153 days long"],
  ])("warns on the header line of a reporting period %s, longer than 93 days", (period, says) => {
    const front = [`JUNE 7, 2023 (REPORTING PERIOD: ${period})`, "", "MERICS"];
    const { report } = ok(parse({ front }));
    expect(report.warnings).toEqual([
      { line: 1, message: `the reporting period ${says}; check the header` },
    ]);
  });

  it("does not warn of a reporting period of 93 days (March 2 to June 2)", () => {
    const front = ["JUNE 7, 2023 (REPORTING PERIOD: MARCH 2 - JUNE 2)", "", "MERICS"];
    const { report } = ok(parse({ front }));
    expect(report.warnings).toEqual([]);
  });

  it("warns that the series is assumed when no title line is found", () => {
    const { report, brief } = ok(parse({ front: [HEADER] }));
    expect(brief.series).toBe("MERICS China Industries");
    expect(report.warnings).toEqual([
      {
        line: null,
        message:
          "no 'MERICS China Industries' title found; the series is taken to be 'MERICS China Industries'",
      },
    ]);
  });

  it("lists only the stray text above the first section as unparsed, not the header or title", () => {
    const front = [HEADER, "Download the PDF", "MERICS", "", "China Industries"];
    const { report } = ok(parse({ front }));
    expect(report.unparsed).toEqual([
      { line: 2, text: "Download the PDF", reason: "text before the first section" },
    ]);
  });

  it("names the header line whose dates it cannot read, and how to write it", () => {
    const front = ["MAY 33, 2023 (REPORTING PERIOD: MARCH 28 - APRIL 24)"];
    expect(parse({ front })).toMatchObject({
      ok: false,
      error:
        "line 1: cannot read the dates in 'MAY 33, 2023 (REPORTING PERIOD: MARCH 28 - APRIL 24)'; write it like 'MAY 3, 2023 (REPORTING PERIOD: MARCH 28 - APRIL 24)'",
    });
  });

  it("warns on the header line that the annotations' dates are not used when the text has a header", () => {
    const header = {
      publishedOn: "2023-06-08",
      reportingPeriod: { start: "2023-04-01", end: "2023-06-01" },
    };
    const { report, brief } = ok(parse({}, { header }));
    expect(brief.publishedOn).toBe("2023-06-07");
    expect(report.warnings).toEqual([
      { line: 1, message: "the annotations' header is not used: the text has a header line" },
    ]);
  });
});

describe("parseBrief on what does and does not look like a brief", () => {
  it.each([["MERICS TOP 5"], ["Policy news"], ["Corporate news"]])(
    "asks for the dates of a text without a header but with the heading '%s'",
    (heading) => {
      const result = parseBrief(`${heading}\n\nSome text`, {
        registries: readShippedRegistries(),
      });
      expect(result).toMatchObject({ ok: false, error: NO_HEADER, needsDates: true });
    },
  );

  it("asks for the dates of a titled text whose Top 5 has no heading (older issues)", () => {
    const text = ["Some words", "MERICS", "China Industries", "", "1. First item", "Text"];
    const result = parseBrief(text.join("\n"), { registries: readShippedRegistries() });
    expect(result).toMatchObject({ ok: false, error: NO_HEADER, needsDates: true });
  });

  it("does not take numbered items without a title or heading for a brief", () => {
    const result = parseBrief("1. First item\nText", { registries: readShippedRegistries() });
    expect(result).toMatchObject({ ok: false, error: NOT_A_BRIEF });
  });

  it("reads a text with a header line but nothing else as a brief without items", () => {
    const result = parseBrief(`Some words\n${HEADER}`, { registries: readShippedRegistries() });
    expect(result).toMatchObject({
      ok: false,
      error: "found no complete Top 5 item and no news item; see the unparsed lines",
    });
  });
});

describe("parseBrief on the lines of a brief's news lists", () => {
  it("lists a paragraph in a news list as unparsed: news items are bullets", () => {
    const policy = ["The MIIT also said more.", "", MIIT_ITEM];
    const { report, brief } = ok(parse({ policy }));
    expect(brief.policyNews).toHaveLength(1);
    expect(report.unparsed).toEqual([
      {
        line: 10,
        text: "The MIIT also said more.",
        reason: "not a news item: news items are bullets such as '- March 28: …'",
      },
    ]);
  });

  it.each([
    [
      "- The MIIT published a notice ([MIIT notice](#))",
      "news item without a date such as '*March 28:*'",
    ],
    ["- *May 4:* ([MIIT notice](#))", "news item without text"],
  ])("lists %j as unparsed", (item, reason) => {
    const { report, brief } = ok(parse({ policy: [MIIT_ITEM, item] }));
    expect(brief.policyNews).toHaveLength(1);
    expect(report.unparsed).toEqual([{ line: 11, text: item.replace(/\*/g, ""), reason }]);
  });

  it("warns on its line of a news item without a source, and keeps it", () => {
    const item = "- *May 4:* The MIIT published a second notice";
    const { report, brief } = ok(parse({ policy: [MIIT_ITEM, item] }));
    expect(brief.policyNews?.map((news) => [news.text, news.sources])).toEqual([
      ["The MIIT published a notice on chips", [{ label: "MIIT notice" }]],
      ["The MIIT published a second notice", []],
    ]);
    expect(report.warnings).toEqual([
      { line: 11, message: "news item without a source such as '([MIIT notice](#))'" },
    ]);
  });
});

describe("parseBrief on the text of news items", () => {
  it("drops an empty link at the end of an item's text, with the space before it", () => {
    const item = "- *May 4:* The MIIT published a second notice [ ](#) ([MIIT notice](#))";
    const { brief } = ok(parse({ policy: [item] }));
    expect(brief.policyNews?.map((news) => news.text)).toEqual([
      "The MIIT published a second notice",
    ]);
  });
});

describe("parseBrief on the issuing bodies and companies of news items", () => {
  it("takes the first issuing body an item mentions when its subject names none, and says so", () => {
    const item =
      "- *May 4:* rules for chips were issued by the MIIT with the NDRC ([MIIT notice](#))";
    const { report, brief } = ok(parse({ policy: [item] }));
    expect(brief.policyNews?.map((news) => news.issuingBodies)).toEqual([["miit"]]);
    expect(report.warnings).toEqual([
      {
        line: 10,
        message: "the item's subject names no issuing body; 'miit' is the first one it mentions",
      },
    ]);
  });

  it("leaves out a policy item that names no issuing body, without a guess", () => {
    const item = "- *May 4:* rules for chips were issued ([Test notice](#))";
    const { report, brief } = ok(parse({ policy: [MIIT_ITEM, item] }));
    expect(brief.policyNews).toHaveLength(1);
    expect(report.warnings).toEqual([]);
    expect(report.unparsed).toEqual([
      {
        line: 11,
        text: item.replace(/\*/g, ""),
        reason: "policy news item names no issuing body from the registry",
      },
    ]);
  });

  it("leaves out a corporate item that names no company", () => {
    const item = "- *May 5:* A small firm opened a shop ([Test article](#))";
    const { report, brief } = ok(parse({ corporate: [HUAWEI_ITEM, item] }));
    expect(brief.corporateNews).toHaveLength(1);
    expect(report.unparsed).toEqual([
      {
        line: 15,
        text: item.replace(/\*/g, ""),
        reason: "corporate news item names no company from the registry",
      },
    ]);
  });
});

describe("parseBrief on what annotations add to news items", () => {
  it("reads the deal kind from the wording when no annotation gives it, and says so", () => {
    const item = "- *May 5:* Huawei agreed to set up a JV with Tesla ([Test article](#))";
    const { report, brief } = ok(parse({ corporate: [item] }, { corporateNews: [] }));
    expect(brief.corporateNews?.map((news) => [news.dealKind, news.annotated])).toEqual([
      ["joint-venture", []],
    ]);
    expect(report.warnings).toEqual([
      {
        line: 14,
        message:
          "deal kind 'joint-venture' read from the item's wording; confirm it in the annotations file",
      },
    ]);
  });

  it("marks an annotated deal kind and sectors as annotated, and warns of its place's problems", () => {
    const corporateNews = [
      {
        match: "Huawei replaced",
        dealKind: "product" as const,
        sectors: ["ict"],
        location: { country: "ZZ" },
      },
    ];
    const { report, brief } = ok(parse({}, { corporateNews }));
    expect(brief.corporateNews?.map((news) => [news.dealKind, news.annotated])).toEqual([
      ["product", ["dealKind", "sectors"]],
    ]);
    expect(report.warnings).toEqual([
      { line: 14, message: "the annotation's country 'ZZ' is not in the countries registry" },
    ]);
  });

  it("gives a policy item the annotated document number and links, and marks them", () => {
    const policyNews = [
      {
        match: "The MIIT published",
        document: { number: "工信部电子〔2023〕1号" },
        sameAs: ["2023-04-01-miit-chip-notice"],
      },
    ];
    const { brief } = ok(parse({}, { policyNews }));
    expect(brief.policyNews?.[0]).toMatchObject({
      document: { titleZh: null, number: "工信部电子〔2023〕1号" },
      sameAs: ["2023-04-01-miit-chip-notice"],
      sectors: [],
      annotated: ["document", "sameAs"],
    });
    expect(brief.policyNews?.[0]?.document).not.toHaveProperty("stage");
  });

  it("gives an item another id when the dataset has its id, and says so on its line", () => {
    const taken = new Set(["2023-05-02-miit-published-notice-chips"]);
    const { report, brief } = ok(parse({}, {}, taken));
    expect(brief.policyNews?.map((news) => news.id)).toEqual([
      "2023-05-02-miit-published-notice-chips-2",
    ]);
    expect(report.warnings).toEqual([
      {
        line: 10,
        message:
          "id '2023-05-02-miit-published-notice-chips' is taken; '2023-05-02-miit-published-notice-chips-2' is used instead",
      },
    ]);
  });

  it("does not give an item the brief's own id", () => {
    const policyNews = [{ match: "The MIIT published", id: ID }];
    const { brief } = ok(parse({}, { policyNews }));
    expect(brief.policyNews?.map((news) => news.id)).toEqual([`${ID}-2`]);
  });
});

describe("parseBrief on the people of a brief", () => {
  it("reads the last person of a list that ends the text without a blank line", () => {
    const editors = ["Claudia Wessling", "Director Communications", "and Publications, MERICS"];
    const { brief } = ok(parse({ editors }));
    expect(brief.editors).toEqual([
      { name: "Claudia Wessling", role: "Director Communications and Publications, MERICS" },
    ]);
  });

  it("reads 'Name , Role' lines without the spaces around the comma", () => {
    const authors = ["Alexander Brown , Analyst, MERICS", "Kai von Carnap, Analyst, MERICS"];
    const { brief } = ok(parse({ authors }));
    expect(brief.authors).toEqual([
      { name: "Alexander Brown", role: "Analyst, MERICS" },
      { name: "Kai von Carnap", role: "Analyst, MERICS" },
    ]);
  });

  it.each([["Alexander Brown"], [", Analyst, MERICS"]])(
    "lists the author line %j as unparsed: not a name and a role",
    (line) => {
      const { report, brief } = ok(parse({ authors: [line] }));
      expect(brief.authors).toEqual([]);
      expect(report.unparsed).toEqual([
        { line: 18, text: line, reason: "not a name followed by a role" },
      ]);
    },
  );
});
