import { describe, expect, it } from "vitest";
import {
  readSeedAnnotations,
  readSeedBrief,
  readShippedRegistries,
} from "../../tests/unit/ingest-inputs";
import { parseBrief } from "./parse-brief";

/** What the ingest reports for the seed brief with one line changed (1-based line number). */
function reportFor(line: number, change: (text: string) => string) {
  const lines = readSeedBrief().split("\n");
  lines[line - 1] = change(lines[line - 1] ?? "");
  const result = parseBrief(lines.join("\n"), {
    registries: readShippedRegistries(),
    annotations: readSeedAnnotations(),
  });
  if (!result.ok) throw new Error(result.error);
  return { ...result.report, brief: result.brief };
}

const baseline = reportFor(1, (text) => text);
/** The 1-based number of the last line that starts with `prefix` (headings follow the contents). */
const lineOf = (prefix: string) =>
  readSeedBrief()
    .split("\n")
    .findLastIndex((text) => text.startsWith(prefix)) + 1;

describe("the ingest report of the brief of 3 May 2023, one line changed at a time", () => {
  it("reports a second Top 5 item of the same rank and keeps the first", () => {
    const line = lineOf("4. Beijing ramps up rollout");
    const report = reportFor(line, (text) => text.replace(/^4\./, "3."));
    expect(report.brief.top5.map((item) => item.rank)).toEqual([1, 2, 3, 5]);
    expect(report.unparsed).toContainEqual(
      expect.objectContaining({ line, reason: "a second Top 5 item ranked 3" }),
    );
  });

  it("warns of a policy news date outside the reporting period, with its line", () => {
    const line = lineOf("- *March 29:* The China National Intellectual Property");
    const report = reportFor(line, (text) => text.replace("March 29", "February 2"));
    const added = report.warnings.filter(
      (w) => !baseline.warnings.some((b) => b.message === w.message),
    );
    expect(added).toEqual([expect.objectContaining({ line })]);
    expect(added[0]?.message).toMatch(/outside the reporting period/);
  });

  it("proposes an issuing body it does not know, from the item's subject", () => {
    const line = lineOf("- *April 10:* The MIIT requested");
    const report = reportFor(line, (text) =>
      text.replace("The MIIT requested", "The Ministry of Emergency Management (MEM) requested"),
    );
    const proposed = report.proposals.issuingBodies.map((p) => [
      p.line,
      p.record.acronym,
      p.record.nameEn,
    ]);
    expect(proposed).toEqual([[line, "MEM", "Ministry of Emergency Management"]]);
  });

  it("does not take a place or the country for an unknown issuing body", () => {
    const line = lineOf("- *April 10:* The MIIT requested");
    const report = reportFor(line, (text) =>
      text.replace("The MIIT requested", "Beijing's MIIT requested"),
    );
    expect(report.proposals.issuingBodies).toEqual([]);
    expect(
      report.brief.policyNews?.find((item) => item.text.includes("Internet of Things"))
        ?.issuingBodies,
    ).toEqual(["miit"]);
  });

  it("lists a line it cannot use, with its number", () => {
    const line = lineOf("NOTEWORTHY");
    const report = reportFor(line, () => "Subscribe to our newsletter for more.");
    expect(report.unparsed.map((entry) => entry.line)).toContain(line);
    expect(baseline.unparsed.map((entry) => entry.line)).not.toContain(line);
  });

  it("skips the contents, contact and publisher headings as page furniture and the imprint", () => {
    const report = reportFor(1, (text) => text);
    const furniture = report.skipped
      .filter((entry) => entry.reason !== "contents list")
      .map((entry) => [entry.line, entry.reason]);
    expect(furniture).toEqual([
      [12, "page furniture"],
      [173, "page furniture"],
      [174, "publisher's imprint"],
      [176, "page furniture"],
      [178, "publisher's imprint"],
      [180, "publisher's imprint"],
      [182, "publisher's imprint"],
      [184, "publisher's imprint"],
      [186, "publisher's imprint"],
      [188, "publisher's imprint"],
    ]);
    // MERICS TOP 5, NOTEWORTHY, Policy news, Corporate news, AUTHORS, EDITORS
    expect(report.used).toEqual(expect.arrayContaining([24, 128, 130, 141, 153, 164]));
  });

  it("lists text under NOTEWORTHY above its news lists as unparsed", () => {
    const line = lineOf("NOTEWORTHY") + 1;
    const report = reportFor(line, () => "Read on for the month's news.");
    expect(report.unparsed).toEqual([
      {
        line,
        text: "Read on for the month's news.",
        reason: "text under NOTEWORTHY outside its 'Policy news' and 'Corporate news' lists",
      },
    ]);
  });
});

describe("parseBrief on a text holding many copies of a header line", () => {
  const header = "MAY 3, 2023 (REPORTING PERIOD: MARCH 28 - APRIL 24)";
  const copies = (count: number) =>
    parseBrief(Array.from({ length: count }, () => header).join("\n\n"), {
      registries: readShippedRegistries(),
    });

  it("names the lines of five copies", () => {
    expect(copies(5)).toMatchObject({
      ok: false,
      error: `the text holds the same brief 5 times (its header line '${header}' is on lines 1, 3, 5, 7, 9); ingest one copy`,
    });
  });

  it("names the lines of the first five of seven copies, and marks the rest left out", () => {
    expect(copies(7)).toMatchObject({
      ok: false,
      error: `the text holds the same brief 7 times (its header line '${header}' is on lines 1, 3, 5, 7, 9, …); ingest one copy`,
    });
  });
});
