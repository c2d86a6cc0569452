import { describe, expect, it } from "vitest";
import { ManifestError } from "@/data/manifest-error";
import { problem } from "@/data/problems";

describe("a manifest that cannot be used", () => {
  it("says every problem, one line each with file and path, under its own name", () => {
    const error = new ManifestError(
      [
        problem("index.json", "registries.sectors", "missing; expected string"),
        problem("index.json", "briefs[2]", "expected string, received number"),
      ],
      false,
    );
    expect(String(error)).toBe(
      "ManifestError: index.json → registries.sectors: missing; expected string\n" +
        "index.json → briefs[2]: expected string, received number",
    );
    expect(error.retryable).toBe(false);
  });
});
