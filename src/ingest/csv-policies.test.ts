import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateOutput } from "../../scripts/ingest-validate";
import {
  BATKE_CSV,
  BATKE_DIR,
  BATKE_MAPPING,
  hasBatke,
  readShippedRegistries,
} from "../../tests/unit/ingest-inputs";
import { CsvMappingSchema, type CsvMapping } from "./csv-mapping";
import { importPolicyCsv } from "./csv-policies";

const registries = readShippedRegistries();
const mapping: CsvMapping = CsvMappingSchema.parse({
  list: { id: "test-list", series: "A test list", publishedOn: "2016-07-29" },
  columns: {
    date: "date",
    titleZh: "title",
    titleEn: "title_en",
    issuingBodies: "issuer",
    documentNumber: "number",
  },
  jointIssuers: { column: "joint", values: { with_sc: ["state-council"] } },
  dateFromDocumentNumber: true,
});
const header = "number,date,title,title_en,issuer,joint";

function importRows(...rows: string[]) {
  return importPolicyCsv([header, ...rows].join("\n"), mapping, registries);
}

describe("importPolicyCsv", () => {
  it("refuses a file over the size limit or with an overlong line, naming the limit", () => {
    const long = importRows(`中发[2008]17号,2008-10,${"长".repeat(30_000)},Opinions,中共中央,`);
    expect(long.ok ? null : long.error).toMatch(
      /^line 2 has 30,\d{3} characters, over the limit of 20,000/,
    );
    const row = "中发[2008]17号,2008-10,中共中央、国务院关于…的意见,Opinions on …,中共中央,with_sc";
    const large = importRows(...Array.from({ length: 100_000 }, () => row));
    expect(large.ok ? null : large.error).toMatch(
      /^the file has [\d,]+ characters, over the limit of 5,242,880/,
    );
  });

  it("turns a row into a document: date with precision, titles, issuers, canonical number", () => {
    const result = importRows(
      "中发[2008]17号,2008-10,中共中央、国务院关于…的意见,Opinions on …,中共中央,with_sc",
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.brief.documents).toEqual([
      {
        id: "zhongfa-2008-17",
        date: "2008-10",
        issuingBodies: ["ccp-cc", "state-council"],
        titleZh: "中共中央、国务院关于…的意见",
        titleEn: "Opinions on …",
        number: "中发〔2008〕17号",
        sectors: [],
        sources: [],
        annotated: [],
      },
    ]);
    expect(result.brief.reportingPeriod).toEqual({ start: "2008-10", end: "2008-10" });
  });

  it("takes the issuer from the document number's series when the row names none", () => {
    const result = importRows("国办发〔2013〕1号,20130105,国务院办公厅关于…的通知,,,");
    expect(result.ok && result.brief.documents?.[0]).toMatchObject({
      issuingBodies: ["gosc"],
      date: "2013-01-05",
    });
  });

  it("dates a row without a date by its document number's year, and counts it", () => {
    const result = importRows("国发[2003]3号,,国务院关于…的通知,,,");
    expect(result.ok && result.brief.documents?.[0]?.date).toBe("2003");
    expect(result.ok && result.summary.datedByNumber).toBe(1);
  });

  it("reports rows it cannot use, with their line, and warnings about odd ones", () => {
    const result = importRows(
      "中发[2003]1号,,,,中共中央,",
      "bad number,,某某关于…的通知,,,",
      "国发[2004]1号,2003-12-31,国务院关于…的决定,,,sometimes",
      "国发[2004]2号,2004-02-02,国务院关于…的决定,,,",
    );
    expect(result.report.unparsed).toEqual([
      { line: 2, text: "中发[2003]1号,,,,中共中央,", reason: "no title" },
      { line: 3, text: "bad number,,某某关于…的通知,,,", reason: "no date" },
    ]);
    expect(result.report.warnings).toEqual([
      { line: 3, message: "cannot read the document number 'bad number'" },
      { line: 4, message: "dated 2003-12-31, but its document number 国发[2004]1号 is of 2004" },
      { line: 4, message: "co-issuer value 'sometimes' is not in the mapping" },
    ]);
  });

  it("names the missing columns when the header does not match the mapping", () => {
    const result = importPolicyCsv("a,b\n1,2", mapping, registries);
    expect(result.ok ? null : result.error).toMatch(
      /^the CSV header has no column 'date' \(mapped as date\)/,
    );
  });

  it("names every missing column and lists the header's columns", () => {
    const result = importPolicyCsv("number,title,issuer\n1,2,3", mapping, registries);
    expect(result.ok ? null : result.error).toBe(
      "the CSV header has no column 'date' (mapped as date), 'title_en' (mapped as titleEn), 'joint' (mapped as joint); its columns are: number, title, issuer",
    );
  });

  it("skips blank rows, even ones of commas and spaces, without reporting them", () => {
    const result = importRows("", " , ,,, ,", "国发[2004]2号,2004-02-02,国务院关于…的决定,,,");
    expect(result.ok && result.summary).toEqual({ rows: 1, documents: 1, datedByNumber: 0 });
    expect(result.report.unparsed).toEqual([]);
    expect(result.report.used).toEqual([4]);
  });

  it("writes a brief file for the list: schema, id, series, publication date, no news", () => {
    const result = importRows("国发[2004]2号,2004-02-02,国务院关于…的决定,,,");
    expect(result.ok && result.brief).toMatchObject({
      $schema: "../schema/brief.schema.json",
      id: "test-list",
      series: "A test list",
      publishedOn: "2016-07-29",
      authors: [],
      top5: [],
      policyNews: [],
    });
  });

  it("gives a document number already taken a suffixed id, and warns", () => {
    const result = importPolicyCsv(
      [header, "中发[2008]17号,2008-10,中共中央关于…的意见,,中共中央,"].join("\n"),
      mapping,
      registries,
      new Set(["zhongfa-2008-17"]),
    );
    expect(result.ok && result.brief.documents?.map((d) => d.id)).toEqual(["zhongfa-2008-17-2"]);
    expect(result.report.warnings).toEqual([
      {
        line: 2,
        message: "a second row with document number 中发[2008]17号; its id is 'zhongfa-2008-17-2'",
      },
    ]);
  });

  it("names a row without a document number after the list and its line, without a warning", () => {
    const result = importRows("", ",2010-03, 国务院关于…的通知 ,,国务院,");
    expect(result.ok && result.brief.documents?.[0]).toMatchObject({
      id: "test-list-row-3",
      titleZh: "国务院关于…的通知",
      issuingBodies: ["state-council"],
    });
    expect(result.report.warnings).toEqual([]);
  });

  it("leaves the English title empty when the mapping has no column for it", () => {
    const zhOnly = CsvMappingSchema.parse({
      list: mapping.list,
      columns: { date: "date", titleZh: "title", issuingBodies: "issuer" },
    });
    const result = importPolicyCsv(
      "date,title,issuer\n2010,国务院关于…的通知,国务院",
      zhOnly,
      registries,
    );
    expect(result.ok && result.brief.documents?.[0]).toMatchObject({
      titleZh: "国务院关于…的通知",
      titleEn: null,
    });
  });

  it("rejects a row with an unreadable date and no number, saying which date", () => {
    const result = importRows(",sometime,国务院关于…的通知,,国务院,");
    expect(result.report.unparsed).toEqual([
      {
        line: 2,
        text: ",sometime,国务院关于…的通知,,国务院,",
        reason: "no readable date ('sometime')",
      },
    ]);
    expect(result.report.warnings).toEqual([
      { line: 2, message: "cannot read the date 'sometime'" },
    ]);
  });

  it("rejects a row whose issuers are unknown, proposing the named one and warning of the id", () => {
    const odd = CsvMappingSchema.parse({
      ...mapping,
      jointIssuers: { column: "joint", values: { odd: ["no-such-body"] } },
    });
    const result = importPolicyCsv(
      [header, ",2010,某某关于…的通知,,某某委员会,odd"].join("\n"),
      odd,
      registries,
    );
    expect(result.report.unparsed).toEqual([
      {
        line: 2,
        text: ",2010,某某关于…的通知,,某某委员会,odd",
        reason: "no issuing body from the registry",
      },
    ]);
    expect(result.report.warnings).toEqual([
      { line: 2, message: "unknown issuing body '某某委员会': not in the issuing-bodies registry" },
      { line: 2, message: "issuing body 'no-such-body' is not in the registry" },
    ]);
    expect(result.report.proposals.issuingBodies.map((p) => p.name)).toEqual(["某某委员会"]);
  });

  it("spans the period from the earliest to the latest date; on a tie the earlier row's date", () => {
    const result = importRows(
      ",2010-05,国务院关于…的通知,,国务院,",
      ",2008-01-01,国务院关于…的通知,,国务院,",
      ",2008,国务院关于…的通知,,国务院,",
      ",2012-12-31,国务院关于…的通知,,国务院,",
      ",2012,国务院关于…的通知,,国务院,",
      ",2009,国务院关于…的通知,,国务院,",
    );
    expect(result.ok && result.brief.reportingPeriod).toEqual({
      start: "2008-01-01",
      end: "2012-12-31",
    });
  });

  it("fails clearly when no row can be used", () => {
    expect(importRows(",,,,,")).toMatchObject({
      ok: false,
      error: "no row could be used; see the unparsed rows",
    });
  });
});

const batkeTitle = hasBatke
  ? "importPolicyCsv on the Batke et al. list"
  : `importPolicyCsv on the Batke et al. list: skipped, ${BATKE_DIR} is absent`;

describe.skipIf(!hasBatke)(batkeTitle, () => {
  it("reads all 2,553 rows: 1,995 documents, the 558 rows without a title reported", () => {
    const batke = CsvMappingSchema.parse(JSON.parse(readFileSync(BATKE_MAPPING, "utf8")));
    const result = importPolicyCsv(readFileSync(BATKE_CSV, "utf8"), batke, registries);
    if (!result.ok) throw new Error(result.error);
    expect(result.summary).toEqual({ rows: 2553, documents: 1995, datedByNumber: 1273 });
    expect(result.report.unparsed).toHaveLength(558);
    expect(result.report.unparsed.every((u) => u.reason === "no title")).toBe(true);
    expect(result.brief.documents?.[0]).toMatchObject({
      id: "zhongfa-2002-14",
      date: "2002-11-17",
      number: "中发〔2002〕14号",
      issuingBodies: ["ccp-cc"],
    });
    expect(validateOutput("batke-policy-documents.json", result.brief, registries).errors).toEqual(
      [],
    );
  });
});
