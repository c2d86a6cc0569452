import { readdirSync } from "node:fs";
import { join } from "node:path";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

/**
 * The import walls between layers, kept in their own module so a unit test can prove each one fires
 * on a deliberate violation (tests/fixtures/lint). Imports run one way:
 * app → features → {domain, data, components, lib} → core.
 */
const FEATURES = readdirSync(join(import.meta.dirname, "src/features"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const REACT = {
  group: ["react", "react-*", "@tanstack/*", "recharts"],
  message: "domain and ingest stay free of React.",
};
const UI = {
  group: ["@/features/*", "@/app/*", "@/components/*"],
  message: "domain and ingest import only core, domain and lib.",
};

const zones = [
  {
    files: ["src/core/**"],
    patterns: [
      {
        regex: "^@/(?!core/)",
        message: "core is the ground floor: it imports nothing above it.",
      },
    ],
  },
  {
    files: ["src/domain/**"],
    patterns: [
      REACT,
      UI,
      {
        group: ["@/data/*"],
        allowTypeImports: true,
        message: "domain uses the data model's types only, never a runtime value from data.",
      },
    ],
  },
  {
    files: ["src/ingest/**"],
    patterns: [
      REACT,
      UI,
      {
        group: ["@/data/*", "!@/data/schema"],
        allowTypeImports: true,
        message: "ingest uses the data model's types only (and validates with the schema).",
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
    files: ["src/lib/**"],
    patterns: [
      {
        group: ["@/features/*", "@/app/*", "@/components/*"],
        message: "lib is below components, features and app.",
      },
    ],
  },
  {
    files: ["src/components/**"],
    patterns: [
      { group: ["@/features/*", "@/app/*"], message: "shared components do not know features." },
    ],
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    patterns: [
      { group: ["@/app/*"], message: "features do not import the app layer." },
      {
        regex: `^@/features/(?!${feature}/)`,
        message: "a feature does not import another feature: move what both need below them.",
      },
    ],
  })),
];

/**
 * No runtime import cycles: a module on a cycle can run before the one it needs has initialised.
 * Type-only imports vanish at build time, so import-x leaves them out of the graph.
 */
const noCycles = {
  files: ["src/**/*.{ts,tsx}"],
  plugins: { "import-x": importX },
  settings: {
    "import-x/extensions": [".ts", ".tsx", ".js"],
    "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
    "import-x/resolver-next": [
      createTypeScriptImportResolver({ project: join(import.meta.dirname, "tsconfig.json") }),
    ],
  },
  rules: { "import-x/no-cycle": "error" },
};

export const importWalls = [
  ...zones.map(({ files, patterns }) => ({
    files,
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns }] },
  })),
  noCycles,
];
