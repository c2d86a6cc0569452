import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import pluginQuery from "@tanstack/eslint-plugin-query";
import testingLibrary from "eslint-plugin-testing-library";
import jestDom from "eslint-plugin-jest-dom";
import globals from "globals";

/** Imports run one way: app → features → {domain, data, components, lib}. */
const importZones = [
  {
    files: ["src/domain/**", "src/ingest/**"],
    patterns: [
      {
        group: ["react", "react-*", "@tanstack/*", "recharts"],
        message: "domain and ingest stay free of React.",
      },
      {
        group: ["@/features/*", "@/app/*", "@/components/*"],
        message: "domain and ingest import only domain and lib.",
      },
      {
        group: ["@/data/*", "!@/data/schema"],
        allowTypeImports: true,
        message:
          "domain and ingest use the data model's types only (ingest may validate with the schema).",
      },
    ],
  },
  {
    files: ["src/data/**"],
    patterns: [
      {
        group: ["@/features/*", "@/app/*", "@/components/*"],
        message: "data is below features and app.",
      },
    ],
  },
  {
    files: ["src/components/**", "src/lib/**"],
    patterns: [
      { group: ["@/features/*", "@/app/*"], message: "shared components do not know features." },
    ],
  },
  {
    files: ["src/features/**"],
    patterns: [{ group: ["@/app/*"], message: "features do not import the app layer." }],
  },
];

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
  ...importZones.map(({ files, patterns }) => ({
    files,
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns }] },
  })),
);
