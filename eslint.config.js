import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import pluginQuery from "@tanstack/eslint-plugin-query";
import testingLibrary from "eslint-plugin-testing-library";
import jestDom from "eslint-plugin-jest-dom";
import globals from "globals";
import { importWalls } from "./eslint-walls.js";

export default tseslint.config(
  {
    ignores: [
      "dist",
      ".e2e",
      ".bench",
      "node_modules",
      "coverage",
      "playwright-report",
      "test-results",
      ".test-results",
      "public",
      "tests/fixtures/lint",
      "reports",
      ".stryker-tmp",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  { files: ["**/*.js"], extends: [tseslint.configs.disableTypeChecked] },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...pluginQuery.configs["flat/recommended"],
  {
    files: ["src/**/*.test.tsx", "tests/component/**/*.tsx"],
    ...testingLibrary.configs["flat/react"],
  },
  {
    files: ["src/**/*.test.tsx", "tests/component/**/*.tsx"],
    ...jestDom.configs["flat/recommended"],
  },
  ...importWalls,
);
