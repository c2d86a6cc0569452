import { join } from "node:path";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import { importWalls } from "../../eslint-walls.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/lint");

/** Lints the deliberate violations with the walls alone (no type information needed). */
async function wallMessages(): Promise<Map<string, string[]>> {
  const eslint = new ESLint({
    cwd: FIXTURES,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ["**/*.ts"], languageOptions: { parser: tseslint.parser } },
      ...importWalls,
    ],
  });
  const results = await eslint.lintFiles(["src/**/*.ts"]);
  return new Map(
    results.map((result) => [
      result.filePath.slice(FIXTURES.length + 1),
      result.messages.map((message) => `${message.ruleId ?? "parse"}: ${message.message}`),
    ]),
  );
}

describe("ESLint import walls", () => {
  it("stop each deliberate violation, import cycles included, and let a type-only data import through", async () => {
    const messages = await wallMessages();
    const only = (file: string) => {
      const found = messages.get(file);
      expect(found, file).toHaveLength(1);
      return found?.[0];
    };
    expect(only("src/features/news/imports-another-feature.ts")).toMatch(
      /no-restricted-imports: .*a feature does not import another feature/,
    );
    expect(only("src/domain/imports-data-value.ts")).toMatch(
      /no-restricted-imports: .*never a runtime value from data/,
    );
    expect(only("src/lib/imports-component.ts")).toMatch(
      /no-restricted-imports: .*lib is below components/,
    );
    expect(only("src/core/imports-above.ts")).toMatch(
      /no-restricted-imports: .*core is the ground floor/,
    );
    expect(only("src/data/imports-component.ts")).toMatch(
      /no-restricted-imports: .*data is below features and app/,
    );
    expect(only("src/domain/cycle/cycle-order.ts")).toMatch(/import-x\/no-cycle: Dependency cycle/);
    expect(only("src/domain/cycle/cycle-index.ts")).toMatch(/import-x\/no-cycle: Dependency cycle/);
    expect(messages.get("src/domain/imports-data-type.ts")).toEqual([]);
  }, 60_000);
});
