import { describe, expect, it } from "vitest";
import { readShippedRegistries } from "../../tests/unit/ingest-inputs";
import { createAnnotationLookup } from "./annotation-lookup";
import { emptyAnnotations } from "./annotations";
import { buildTop5 } from "./build-top5";
import { parseTop5 } from "./parse-top5";
import { createReport } from "./report";
import { toSourceLines } from "./source-lines";

const registries = readShippedRegistries();
const PERIOD = { start: "2023-03-28", end: "2023-04-24" };

/** The third Top 5 item of the brief of 3 May 2023, shortened; line 11 lists the issuing bodies. */
const MAJORS = [
  "3. Universities to revise one fifth of majors to match strategic goals",
  "",
  "At a glance: The Ministry of Education (MOE) is aligning the majors offered by tertiary institutions more closely with economic needs. A new plan set targets for 2025 including:",
  "",
  "- Optimize and adjust about 20 percent of the subject majors in colleges and universities",
  "",
  "MERICS comment: The reform plan is a continuation of efforts to tailor China's education system to strategic goals.",
  "",
  "Article: Reform Plan for Adjusting and Optimizing the Setting of Majors and Specialties in Higher Education (教育部等五部门关于印发《普通高等教育学科专业设置调整优化改革方案》的通知) ([Link](#))",
  "",
  "Issuing bodies: MOE, NDRC, MIIT, MOF, MOHRSS",
  "",
  "Date: April 4, 2023",
];
const ARTICLE = 9;
const ISSUERS = 11;
const DATE = 13;

/** MAJORS with line `at` (1-based) replaced by `text`. */
const variant = (replaced: Record<number, string>) =>
  MAJORS.map((line, at) => replaced[at + 1] ?? line);

/** The item built from these lines, with no annotations, and the ingest's report. */
function build(lines: string[]) {
  const source = toSourceLines(lines.join("\n"));
  const report = createReport();
  const built = buildTop5(parseTop5(source, PERIOD, report), {
    registries,
    annotations: createAnnotationLookup(emptyAnnotations("test")),
    report,
    takenIds: new Set<string>(),
  });
  return { built, ...report.finish(source) };
}

describe("buildTop5", () => {
  it("takes the issuing bodies from a list that agrees with the Chinese title, without warnings", () => {
    const { built, warnings } = build(MAJORS);
    expect(built.map(({ item }) => item)).toEqual([
      expect.objectContaining({
        id: "2023-04-04-universities-revise-one-fifth",
        issuingBodies: ["moe", "ndrc", "miit", "mof", "mohrss"],
        annotated: [],
      }),
    ]);
    expect(warnings).toEqual([]);
  });

  it.each([
    [
      "NDRC, MOE, MIIT, MOF, MOHRSS",
      ["ndrc", "moe", "miit", "mof", "mohrss"],
      ["the Chinese title names 'moe' first, the issuing bodies line 'ndrc'"],
    ],
    [
      "MOE, NDRC, MIIT",
      ["moe", "ndrc", "miit"],
      ["the Chinese title counts 5 issuing bodies, the issuing bodies line lists 3"],
    ],
    [
      "MOE, NDRC, MIIT, Ministry of Magic",
      ["moe", "ndrc", "miit"],
      [
        "unknown issuing body 'Ministry of Magic': not in the issuing-bodies registry",
        "the Chinese title counts 5 issuing bodies, the issuing bodies line lists 4",
      ],
    ],
    [",", ["moe"], ["issuing bodies taken from the Chinese title"]],
  ])("reads 'Issuing bodies: %s' as %j, warning on line 11: %j", (list, bodies, messages) => {
    const { built, warnings } = build(variant({ [ISSUERS]: `Issuing bodies: ${list}` }));
    expect(built.map(({ item }) => item.issuingBodies)).toEqual([bodies]);
    expect(warnings).toEqual(messages.map((message) => ({ line: ISSUERS, message })));
  });

  it("rejects an item that names no registry body, in its list or its Chinese title", () => {
    const { built, warnings, unparsed } = build(
      variant({
        [ARTICLE]:
          "Article: Reform Plan (关于印发《普通高等教育学科专业设置调整优化改革方案》的通知)",
        [ISSUERS]: "Issuing bodies: ,",
      }),
    );
    expect(built).toEqual([]);
    expect(warnings).toEqual([]);
    expect(unparsed.map(({ line, reason }) => [line, reason])).toEqual(
      [1, 3, 5, 7, 9, 11, 13].map((line) => [
        line,
        "Top 5 item 3 names no issuing body from the registry",
      ]),
    );
  });

  it("proposes a body the Chinese title names first that the registry lacks", () => {
    const { proposals, warnings } = build(
      variant({ [ARTICLE]: "Article: Reform Plan (国家数据局关于印发《改革方案》的通知)" }),
    );
    expect(proposals.issuingBodies).toEqual([
      expect.objectContaining({ name: "国家数据局", line: ISSUERS }),
    ]);
    expect(warnings).toEqual([
      {
        line: ISSUERS,
        message: "unknown issuing body '国家数据局': not in the issuing-bodies registry",
      },
    ]);
  });

  it.each([
    [ARTICLE, ["titleEn"]],
    [ISSUERS, ["issuers"]],
    [DATE, ["date"]],
  ])("reports an item without line %i as incomplete, missing %j", (dropped, missing) => {
    const { built, incomplete } = build(variant({ [dropped]: "" }));
    expect(built).toEqual([]);
    expect(incomplete).toEqual([
      {
        rank: 3,
        headline: "Universities to revise one fifth of majors to match strategic goals",
        line: 1,
        missing,
        namedIssuers: ["MOE"],
      },
    ]);
  });
});
