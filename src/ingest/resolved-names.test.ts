import { describe, expect, it } from "vitest";
import { readShippedRegistries } from "../../tests/unit/ingest-inputs";
import { emptyAnnotations } from "./annotations";
import { createReport } from "./report";
import { withResolvedNames } from "./resolved-names";

describe("withResolvedNames", () => {
  it("adds each resolved name as an alias of its registry entry", () => {
    const registries = readShippedRegistries();
    const tesla = registries.companies.find((c) => c.id === "tesla");
    const result = withResolvedNames(
      registries,
      {
        ...emptyAnnotations("test-brief"),
        companies: [
          { name: "Tesla Inc.", resolvesTo: "tesla", note: "the same company" },
          { name: "Tesla Motors", resolvesTo: "tesla", note: "its former name" },
        ],
      },
      createReport(),
    );
    expect(result.companies.find((c) => c.id === "tesla")?.aliases).toEqual([
      ...(tesla?.aliases ?? []),
      "Tesla Inc.",
      "Tesla Motors",
    ]);
  });

  it("keeps a registry without resolved names as it is, and reports an unknown id", () => {
    const registries = readShippedRegistries();
    const report = createReport();
    const result = withResolvedNames(
      registries,
      {
        ...emptyAnnotations("test-brief"),
        companies: [{ name: "Kitsune", resolvesTo: "kitsune-motors", note: "a guess" }],
      },
      report,
    );
    expect(result.companies).toBe(registries.companies);
    expect(result.issuingBodies).toBe(registries.issuingBodies);
    expect(report.finish([]).warnings).toEqual([
      {
        line: null,
        message:
          "annotation resolves 'Kitsune' to 'kitsune-motors', which is not in the companies registry",
      },
    ]);
  });
});
