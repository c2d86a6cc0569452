import { describe, expect, it } from "vitest";
import {
  readSeedAnnotations,
  readSeedBrief,
  readShippedRegistries,
} from "../../tests/unit/ingest-inputs";
import { parseBrief, type ParseBriefResult } from "./parse-brief";

/** Parses the seed brief (CONTENTS on lines 12–22, Top 5 item 2 listed on line 16) as edited. */
function parseSeed(edit: (lines: string[]) => string[]) {
  const text = edit(readSeedBrief().split("\n")).join("\n");
  const result: ParseBriefResult = parseBrief(text, {
    registries: readShippedRegistries(),
    annotations: readSeedAnnotations(),
  });
  if (!result.ok) throw new Error(result.error);
  return result.report;
}

const withLine = (number: number, text: string) => (lines: string[]) =>
  lines.map((line, at) => (at === number - 1 ? text : line));

describe("checkContents, through parseBrief", () => {
  it("lists a line in the contents that is no entry as unparsed", () => {
    const report = parseSeed(withLine(13, "Pages of this issue"));
    expect(report.unparsed).toContainEqual({
      line: 13,
      text: "Pages of this issue",
      reason: "not a contents entry",
    });
  });

  it("names the listed item and section that a truncated brief lacks", () => {
    const report = parseSeed((lines) =>
      lines.slice(
        0,
        lines.lastIndexOf("4. Beijing ramps up rollout of controversial IPv6+ system"),
      ),
    );
    expect(report.warnings).toEqual(
      expect.arrayContaining([
        {
          line: 18,
          message:
            "the contents name Top 5 item 4 'Beijing ramps up rollout of controversial IPv6+ system', but the brief has no complete item 4",
        },
        {
          line: 20,
          message: "the contents name 'Noteworthy', but the brief has no such section",
        },
      ]),
    );
  });

  it.each([
    [
      "2. Cyber watchdog suggests regulation for AI.....\t3",
      "Cyber watchdog suggests regulation for AI",
    ],
    ["2. Cyber watchdog suggests regulation for AI", "Cyber watchdog suggests regulation for AI"],
    [
      "2. Cyber watchdog suggests farreaching regulation for generative AI.....\t3",
      "Cyber watchdog suggests farreaching regulation for generative AI",
    ],
  ])("warns when the contents line %j gives another headline", (line, entry) => {
    const report = parseSeed(withLine(16, line));
    expect(report.warnings.filter((w) => w.line === 16)).toEqual([
      {
        line: 16,
        message: `the contents give item 2 as '${entry}', the item's headline is 'Cyber watchdog suggests far reaching regulation for generative AI'`,
      },
    ]);
  });

  it.each([
    "2. CYBER WATCHDOG SUGGESTS FAR REACHING REGULATION FOR GENERATIVE AI.....\t3",
    "2. Cyber watchdog suggests far-reaching regulation for generative AI!.....\t3",
    "2. Cyber watchdog – suggests far reaching regulation for generative AI",
  ])("accepts the contents line %j, which differs in case and punctuation only", (line) => {
    const report = parseSeed(withLine(16, line));
    expect(report.warnings.filter((w) => w.line === 16)).toEqual([]);
    expect(report.skipped.find((l) => l.line === 16)?.reason).toBe("contents list");
  });
});
