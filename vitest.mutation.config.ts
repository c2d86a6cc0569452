import { defineConfig } from "vitest/config";
import base from "./vite.config";

// Mutation runs judge src/domain, src/ingest and src/data by their node tests, minus those that
// cost much per mutant and kill little: jsdom pages (seconds each), the CLI tests (their child
// processes never see a mutant), parseBrief's property runs (600 whole parses) and lint/bench.
export default defineConfig({
  resolve: base.resolve,
  test: {
    environment: "node",
    include: ["src/**/*.test.ts", "tests/unit/**/*.test.ts"],
    exclude: [
      "src/ingest/parse-brief.property.test.ts",
      "tests/unit/ingest-cli.test.ts",
      "tests/unit/eslint-walls.test.ts",
      "tests/unit/bench-*.test.ts",
    ],
  },
});
