import { describe, expect, it } from "vitest";
import {
  readIngestFixture,
  readSeedAnnotations,
  readSeedBrief,
  readShippedRegistries,
} from "../../tests/unit/ingest-inputs";
import { MAX_LINE_CHARS, MAX_TEXT_CHARS } from "./input-limits";
import { NOT_A_BRIEF, parseBrief, type ParseBriefResult } from "./parse-brief";

const registries = readShippedRegistries();
const annotations = readSeedAnnotations();
const seed = readSeedBrief();
const parse = (text: string): ParseBriefResult => parseBrief(text, { registries, annotations });

function ok(result: ParseBriefResult) {
  if (!result.ok) throw new Error(result.error);
  return result;
}

const errorOf = (result: ParseBriefResult): string | null => (result.ok ? null : result.error);
const fromText = ok(parse(seed));
const seedLines = seed.split("\n");
/** The seed brief without the lines from `from` (inclusive) to `to` (exclusive). */
const without = (from: string, to: string) => {
  const start = seedLines.lastIndexOf(from);
  const end = seedLines.indexOf(to);
  return [...seedLines.slice(0, start), ...seedLines.slice(end)].join("\n");
};

describe("parseBrief on other forms of the same brief", () => {
  it("reads the Markdown version (wrapped paragraphs, bold labels, ## headings) to the same brief", () => {
    const fromMarkdown = ok(parse(readIngestFixture("seed-brief.md")));
    expect(JSON.stringify(fromMarkdown.brief)).toBe(JSON.stringify(fromText.brief));
    expect(fromMarkdown.report.unparsed).toEqual([]);
  });

  it("reads text copied from the web page (• bullets, plain source labels, 'Name, Role' lines)", () => {
    const fromWeb = ok(parse(readIngestFixture("seed-brief-web-copy.txt")));
    const withoutReferences = (result: typeof fromText) =>
      JSON.stringify({
        ...result.brief,
        top5: result.brief.top5.map((i) => ({ ...i, references: [] })),
      });
    expect(withoutReferences(fromWeb)).toBe(withoutReferences(fromText));
    expect(fromWeb.report.unparsed).toEqual([]);
    expect(fromWeb.report.warnings).toEqual([]);
  });

  it.each([
    "MERICS Top 5",
    "MERICS TOP 5",
    "MERICS' Top 5",
    "MERICS’ Top 5",
    "## MERICS Top 5",
    "**MERICS Top 5**",
  ])("finds the Top 5 under the heading %j", (heading) => {
    const text = seed.replace(/^MERICS TOP 5$/m, heading);
    expect(ok(parse(text)).brief.top5).toHaveLength(5);
  });
});

describe("parseBrief on incomplete briefs", () => {
  it("parses a brief without its Noteworthy section and reports that the contents list one", () => {
    const result = ok(parse(without("NOTEWORTHY", "AUTHORS")));
    expect(result.brief.top5).toHaveLength(5);
    expect(result.brief.policyNews).toEqual([]);
    expect(result.brief.corporateNews).toEqual([]);
    expect(result.report.warnings.map((w) => w.line)).toEqual(expect.arrayContaining([20, 21, 22]));
    expect(result.report.warnings.map((w) => w.message)).toContain(
      "annotation policyNews 'The MIIT released draft guidelines on the national automotive chip standard system' matches nothing in the brief",
    );
  });

  it("parses what a truncated brief has and lists the cut item's lines as unparsed", () => {
    const cut = seedLines.findIndex((line) => line.startsWith("More broadly, China is facing"));
    const result = ok(parse(seedLines.slice(0, cut).join("\n")));
    expect(result.brief.top5.map((i) => i.rank)).toEqual([1, 2]);
    const heading =
      seedLines.indexOf("3. Universities to revise one fifth of majors to match strategic goals") +
      1;
    expect(result.report.unparsed[0]?.line).toBe(heading);
    expect(result.report.unparsed[0]?.reason).toMatch(
      /^Top 5 item 3 is incomplete: missing an 'Article:' line with the English title/,
    );
    const warnings = result.report.warnings.map((w) => w.message);
    expect(warnings.some((w) => w.startsWith("the contents name Top 5 item 4"))).toBe(true);
    expect(warnings).toContain("no authors: the brief has no AUTHORS section with names");
  });

  it("refuses a brief cut before its first complete item", () => {
    const result = parse(seedLines.slice(0, 40).join("\n"));
    expect(errorOf(result)).toMatch(/^found no complete Top 5 item/);
    expect(result.report.unparsed.length).toBeGreaterThan(0);
  });

  it("names what to fix when the header line is missing", () => {
    const result = parse(seed.replace("MAY 3, 2023 (REPORTING PERIOD: MARCH 28 - APRIL 24)", ""));
    expect(errorOf(result)).toContain("MAY 3, 2023 (REPORTING PERIOD");
  });
});

describe("parseBrief on text that is not a brief", () => {
  it.each([
    "",
    "   \n\n  ",
    "Hello, world",
    '{"id": "2023-05-03-china-industries", "top5": []}',
    "1. First\n2. Second\n- a bullet",
    "Date: April 14, 2023\nArticle: Something",
  ])("gives the documented error for %j", (text) => {
    expect(parse(text)).toMatchObject({ ok: false, error: NOT_A_BRIEF });
  });
});

describe("parseBrief on names and dates it cannot resolve", () => {
  const header = "JUNE 7, 2023 (REPORTING PERIOD: APRIL 25 - JUNE 2)";
  const text = [
    header,
    "",
    "Policy news",
    "",
    "- *May 2:* The Ministry of Commerce (MOFCOM) published a notice for this test ([MOFCOM notice](#))",
    "- *July 30:* The MIIT published a notice dated outside the period ([MIIT notice](#))",
    "",
    "Corporate news",
    "",
    "- *May 3:* Japanese automaker Kitsune Motors signed an agreement with Tesla ([Test article](#))",
    "- *May 4:* Norwegian battery maker Fjordcell agreed to supply Huawei ([Test article](#))",
  ].join("\n");
  const bare = {
    registries,
    annotations: { ...annotations, brief: "2023-06-07-china-industries" },
  };

  it("reports an unknown issuing body with its line, and leaves out the item that has no known one", () => {
    const result = ok(parseBrief(text, bare));
    expect(result.report.warnings).toContainEqual({
      line: 5,
      message:
        "unknown issuing body 'Ministry of Commerce (MOFCOM)': not in the issuing-bodies registry",
    });
    expect(result.report.unparsed.map((u) => u.line)).toEqual([5]);
    expect(result.report.proposals.issuingBodies[0]).toMatchObject({
      record: { id: "mofcom", acronym: "MOFCOM", nameEn: "Ministry of Commerce", kind: "ministry" },
      missing: ["nameZh"],
    });
  });

  it("warns about a news date outside the reporting period", () => {
    const result = ok(parseBrief(text, bare));
    expect(result.report.warnings).toContainEqual({
      line: 6,
      message:
        "'July 30' is outside the reporting period 2023-04-25 – 2023-06-02; dated 2023-07-30, check it",
    });
  });

  it("proposes new companies, with the country of their nationality word when it is in the registry", () => {
    const result = ok(parseBrief(text, bare));
    expect(result.report.proposals.companies).toEqual([
      {
        name: "Kitsune Motors",
        line: 10,
        record: {
          id: "kitsune-motors",
          name: "Kitsune Motors",
          aliases: [],
          country: "JP",
          annotated: [],
        },
        missing: [],
      },
      {
        name: "Fjordcell",
        line: 11,
        record: { id: "fjordcell", name: "Fjordcell", aliases: [], annotated: [] },
        missing: ["country"],
      },
    ]);
    expect(result.report.warnings).toContainEqual({
      line: 11,
      message: "nationality word 'Norwegian' is not in the countries registry",
    });
    expect(result.brief.corporateNews?.map((n) => n.companies)).toEqual([["tesla"], ["huawei"]]);
  });

  it("completes a proposal with facts from the annotations file", () => {
    const result = ok(
      parseBrief(text, {
        registries,
        annotations: {
          ...bare.annotations,
          issuingBodies: [{ name: "Ministry of Commerce (MOFCOM)", nameZh: "商务部" }],
          companies: [{ name: "Fjordcell", country: "SE", note: "a test fixture" }],
        },
      }),
    );
    expect(result.report.proposals.issuingBodies[0]?.missing).toEqual([]);
    expect(result.report.proposals.companies[1]).toMatchObject({
      record: { country: "SE", note: "a test fixture", annotated: ["country"] },
      missing: [],
    });
  });

  it("reads a printed name the annotations resolve to a registry entry as that entry", () => {
    const result = ok(
      parseBrief(text, {
        registries,
        annotations: {
          ...bare.annotations,
          issuingBodies: [{ name: "Ministry of Commerce (MOFCOM)", resolvesTo: "mof" }],
          companies: [{ name: "Fjordcell", resolvesTo: "huawei", note: "a test fixture" }],
        },
      }),
    );
    expect(result.report.proposals.issuingBodies).toEqual([]);
    expect(result.report.proposals.companies.map((p) => p.name)).toEqual(["Kitsune Motors"]);
    expect(result.brief.policyNews?.[0]?.issuingBodies).toEqual(["mof"]);
    expect(result.brief.corporateNews?.[1]?.companies).toEqual(["huawei"]);
  });

  it("reports a resolution to an id the registry does not have", () => {
    const result = ok(
      parseBrief(text, {
        registries,
        annotations: {
          ...bare.annotations,
          issuingBodies: [{ name: "Ministry of Commerce (MOFCOM)", resolvesTo: "mofcom" }],
        },
      }),
    );
    expect(result.report.warnings).toContainEqual({
      line: null,
      message:
        "annotation resolves 'Ministry of Commerce (MOFCOM)' to 'mofcom', which is not in the issuing-bodies registry",
    });
    expect(result.report.proposals.issuingBodies).toHaveLength(1);
  });

  it("proposes a new entry under the names the annotations give, keeping the printed one as an alias", () => {
    const result = ok(
      parseBrief(text, {
        registries,
        annotations: {
          ...bare.annotations,
          issuingBodies: [
            {
              name: "Ministry of Commerce (MOFCOM)",
              acronym: "MOC",
              nameEn: "Ministry of Commerce of the PRC",
              nameZh: "商务部",
            },
          ],
          companies: [
            {
              name: "Fjordcell",
              nameEn: "Fjordcell AS",
              nameZh: "峡湾电池",
              country: "SE",
              note: "n",
            },
          ],
        },
      }),
    );
    expect(result.report.proposals.issuingBodies[0]).toMatchObject({
      record: { id: "moc", aliases: ["Ministry of Commerce (MOFCOM)"] },
      missing: [],
    });
    expect(result.report.proposals.companies[1]).toEqual({
      name: "Fjordcell",
      line: 11,
      record: {
        id: "fjordcell-as",
        name: "Fjordcell AS",
        nameZh: "峡湾电池",
        aliases: ["Fjordcell"],
        country: "SE",
        note: "n",
        annotated: ["name", "nameZh", "country"],
      },
      missing: [],
    });
  });

  it("refuses annotations written for another brief", () => {
    expect(parseBrief(text, { registries, annotations })).toMatchObject({
      ok: false,
      error:
        "the annotations are for brief '2023-05-03-china-industries', this brief is '2023-06-07-china-industries'",
    });
  });
});

describe("parseBrief on text far larger than a brief, or holding it more than once", () => {
  it("refuses a text over 5 MB, naming the limit, before reading it", () => {
    const text = `${seed}\n${"x".repeat(MAX_TEXT_CHARS)}`;
    expect(errorOf(parse(text))).toMatch(/characters, over the limit of 5,242,880 \(5 MB\)/);
  });

  it("refuses a line over the line limit with its line number, e.g. a 1 MB 'Issuing bodies:' line", () => {
    const names = Array.from({ length: 100_000 }, (_, i) => `Bureau ${i}`).join(", ");
    const text = seed.replace("Issuing bodies: MIIT", `Issuing bodies: MIIT, ${names}`);
    const line = text.split("\n").findIndex((l) => l.startsWith("Issuing bodies: MIIT, ")) + 1;
    expect(errorOf(parse(text))).toMatch(
      new RegExp(`^line ${line} has [\\d,]+ characters, over the limit of 20,000 per line`),
    );
  });

  it("reads the longest line it accepts, a list of a thousand issuing bodies, and proposes them", () => {
    const names = Array.from({ length: 1_500 }, (_, i) => `Bureau ${i}`).join(", ");
    expect(names.length).toBeLessThanOrEqual(MAX_LINE_CHARS);
    const text = seed.replace("Issuing bodies: MIIT", `Issuing bodies: MIIT, ${names}`);
    const result = ok(parse(text));
    expect(result.report.proposals.issuingBodies).toHaveLength(1_500);
  });

  it("refuses the same brief pasted three times, saying so", () => {
    expect(errorOf(parse([seed, seed, seed].join("\n")))).toMatch(
      /^the text holds the same brief 3 times \(its header line 'MAY 3, 2023 \(REPORTING PERIOD: MARCH 28 - APRIL 24\)' is on lines 4, \d+, \d+\); ingest one copy$/,
    );
  });

  it("refuses two different briefs joined into one text", () => {
    const other = seed.replace("MAY 3, 2023 (REPORTING", "JUNE 7, 2023 (REPORTING");
    expect(errorOf(parse(`${seed}\n${other}`))).toMatch(
      /^the text holds 2 briefs \(headers on lines 4, \d+\); ingest each brief on its own$/,
    );
  });

  it("refuses a brief's sections repeated without their header line", () => {
    const body = seedLines.slice(seedLines.indexOf("NOTEWORTHY")).join("\n");
    expect(errorOf(parse(`${seed}\n${body}\n${body}`))).toMatch(
      /^the 'Policy news' heading appears 3 times \(lines \d+, \d+, \d+\): the text holds more than one brief/,
    );
  });

  it("reads a news item pasted twice once, and lists the repeat as unparsed", () => {
    const item = seedLines.find((line) => line.startsWith("- *March 28:*")) ?? "";
    const repeated = seed.replace(item, `${item}\n${item}`);
    const result = ok(parse(repeated));
    expect(result.brief.policyNews).toHaveLength(fromText.brief.policyNews?.length ?? 0);
    const line = seedLines.indexOf(item) + 1;
    expect(result.report.unparsed).toEqual([
      {
        line: line + 1,
        text: item.replace(/\*/g, ""),
        reason: `a repeat of the news item on line ${line}`,
      },
    ]);
  });
});
