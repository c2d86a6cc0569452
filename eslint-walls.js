import { readdirSync } from "node:fs";
import { join } from "node:path";

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

export const importWalls = zones.map(({ files, patterns }) => ({
  files,
  ignores: ["**/*.test.ts", "**/*.test.tsx"],
  rules: { "no-restricted-imports": ["error", { patterns }] },
}));
