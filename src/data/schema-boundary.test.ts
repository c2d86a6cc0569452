import { describe, expect, it } from "vitest";
import { CorporateNewsSchema, PolicyNewsSchema } from "@/data/schema";

// A policy news item and a corporate news item of the brief of 3 May 2023, as the files hold them.
const policyNews = {
  id: "2023-03-28-mof-rd-super-deduction",
  date: "2023-03-28",
  issuingBodies: ["mof"],
  text: "The Ministry of Finance (MOF) announced that the super-deduction for R&D expenses (whereby 200 percent of eligible R&D expenses are deductible) will be extended beyond manufacturing enterprises to other sectors, beginning January 1, 2023",
};
const corporateNews = {
  id: "2023-04-09-tesla-shanghai-megapack-factory",
  date: "2023-04-09",
  text: "Tesla announced plans to open a factory in Shanghai that will produce Megapacks, a large scale lithium-ion battery unit for energy storage",
  companies: ["tesla"],
  dealKind: "factory",
};

function problemsOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("the schema at the data boundary", () => {
  it.each(["", "   ", "\n\t "])("refuses text that is blank (%j)", (text) => {
    expect(problemsOf(PolicyNewsSchema.safeParse({ ...policyNews, text }))).toEqual([
      "text: expected text, got an empty string",
    ]);
  });

  it("trims padded text, so the app never shows stray spaces", () => {
    const parsed = PolicyNewsSchema.parse({ ...policyNews, text: `  ${policyNews.text} \n` });
    expect(parsed.text).toBe(policyNews.text);
  });

  it("refuses a deal kind it does not know, naming the field", () => {
    const problems = problemsOf(
      CorporateNewsSchema.safeParse({ ...corporateNews, dealKind: "merger" }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^dealKind: /);
  });

  it.each([
    ["2023-02-29", "date: expected a date like 2023-04-06, got '2023-02-29'"],
    ["2023-4-9", "date: expected a date like 2023-04-06, got '2023-4-9'"],
    ["April 9, 2023", "date: expected a date like 2023-04-06, got 'April 9, 2023'"],
  ])("refuses the date %j", (date, problem) => {
    expect(problemsOf(CorporateNewsSchema.safeParse({ ...corporateNews, date }))).toEqual([
      problem,
    ]);
  });

  it("refuses an item that names no company, and an id that is not a slug", () => {
    expect(
      problemsOf(
        CorporateNewsSchema.safeParse({ ...corporateNews, companies: [], id: "Tesla Megapack" }),
      ),
    ).toEqual([
      `id: expected a slug like "miit" or "2023-04-14-foundry-forging", got "Tesla Megapack"`,
      "companies: Too small: expected array to have >=1 items",
    ]);
  });
});
