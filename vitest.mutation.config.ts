import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Mutation runs judge src/domain, src/ingest and src/data by their node tests, minus those that
// cost much per mutant and kill little: jsdom pages (seconds each), the CLI tests (their child
// processes never see a mutant), parseBrief's property runs (600 whole parses) and lint/bench.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: {
    environment: "node",
    // Instrumented code on a shared 2-core machine: the 32,000-name test alone passed 5 s.
    testTimeout: 30_000,
    include: ["src/**/*.test.ts", "tests/unit/**/*.test.ts"],
    exclude: [
      "src/ingest/parse-brief.property.test.ts",
      "tests/unit/ingest-cli.test.ts",
      "tests/unit/eslint-walls.test.ts",
      "tests/unit/bench-*.test.ts",
    ],
  },
});
