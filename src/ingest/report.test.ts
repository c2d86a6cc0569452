import { describe, expect, it } from "vitest";
import { createReport } from "./report";
import { toSourceLines } from "./source-lines";

describe("the ingest report", () => {
  it("keeps one warning per line and message, in line order, whole-input warnings first", () => {
    const report = createReport();
    report.warn(5, "odd date");
    report.warn(3, "odd date");
    report.warn(5, "odd date");
    report.warn(null, "no contents list");
    report.warn(null, "no contents list");
    expect(report.finish([]).warnings).toEqual([
      { line: null, message: "no contents list" },
      { line: 3, message: "odd date" },
      { line: 5, message: "odd date" },
    ]);
  });

  it("lists markup-only lines as skipped and other unread lines as not recognised", () => {
    const report = createReport();
    const lines = toSourceLines("**\nSome stray text");
    expect(report.finish(lines)).toMatchObject({
      used: [],
      skipped: [{ line: 1, text: "**", reason: "markup without text" }],
      unparsed: [{ line: 2, text: "Some stray text", reason: "not recognised" }],
    });
  });

  it("records the lines each item came from", () => {
    const report = createReport();
    report.itemFrom("2023-04-14-foundry", [1, 3, 5]);
    expect(report.finish([]).itemLines).toEqual({ "2023-04-14-foundry": [1, 3, 5] });
  });

  it("proposes an issuing body once per English name, whatever its Chinese name", () => {
    const report = createReport();
    const proposal = (nameZh: string, line: number) => ({
      name: "Data Bureau",
      line,
      record: { nameEn: "National Data Bureau", nameZh },
      missing: ["id"],
    });
    report.proposeIssuer(proposal("国家数据局", 4));
    report.proposeIssuer(proposal("数据局", 9));
    expect(report.finish([]).proposals.issuingBodies).toEqual([proposal("国家数据局", 4)]);
  });
});
