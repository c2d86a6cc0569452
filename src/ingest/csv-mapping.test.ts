import { describe, expect, it } from "vitest";
import { CsvMappingSchema } from "./csv-mapping";

describe("CsvMappingSchema", () => {
  const list = { id: "test-list", series: "A test list", publishedOn: "2016-07-29" };

  it.each([
    ["a Chinese title", { titleZh: "title" }],
    ["an English title", { titleEn: "title_en" }],
  ])("accepts a mapping with only %s", (_, columns) => {
    expect(CsvMappingSchema.safeParse({ list, columns }).success).toBe(true);
  });

  it("refuses a mapping without a title column, saying why", () => {
    const result = CsvMappingSchema.safeParse({ list, columns: { date: "date" } });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "map a titleZh or a titleEn column: a document needs a title",
    ]);
  });
});
