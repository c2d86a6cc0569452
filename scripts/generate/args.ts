import { isAbsolute, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { MAX_COUNTRIES } from "./dataset";

export interface GenerateArgs {
  seed: number;
  briefs: number;
  policies: number;
  news: number;
  companies: number;
  countries: number;
  /** Absolute path of the output folder. */
  out: string;
}

export const GENERATE_USAGE = `Usage: npm run generate -- --out <dir> [--seed 1] [--briefs 120]
  [--policies 1000] [--news 10000] [--companies 5000] [--countries ${MAX_COUNTRIES}] [--force]
Writes a synthetic dataset (index.json, registries/, briefs/) into <dir>. A folder inside public/
is refused unless --force: generated data must never ship as the app's data.`;

const COUNTS = {
  seed: { fallback: 1, min: 0, max: 2 ** 32 - 1 },
  briefs: { fallback: 120, min: 1, max: 1200 },
  policies: { fallback: 1000, min: 0, max: 1_000_000 },
  news: { fallback: 10_000, min: 0, max: 1_000_000 },
  companies: { fallback: 5000, min: 1, max: 1_000_000 },
  countries: { fallback: MAX_COUNTRIES, min: 1, max: MAX_COUNTRIES },
} as const;

type CountName = keyof typeof COUNTS;

/** Reads the generator's command line; an error message says what to fix. */
export function parseGenerateArgs(
  argv: readonly string[],
  cwd: string,
): { ok: true; args: GenerateArgs } | { ok: false; error: string } {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        seed: { type: "string" },
        briefs: { type: "string" },
        policies: { type: "string" },
        news: { type: "string" },
        companies: { type: "string" },
        countries: { type: "string" },
        out: { type: "string" },
        force: { type: "boolean" },
      },
    });
    const count = (name: CountName): number => {
      const { fallback, min, max } = COUNTS[name];
      const raw = values[name];
      const value = raw === undefined ? fallback : Number(raw);
      if (!Number.isInteger(value) || value < min || value > max) {
        throw new Error(`--${name} must be a whole number from ${min} to ${max}`);
      }
      return value;
    };
    const { out } = values;
    if (out === undefined || out.length === 0) throw new Error("--out is required");
    const outDir = resolve(cwd, out);
    const fromPublic = relative(resolve(cwd, "public"), outDir);
    if (!fromPublic.startsWith("..") && !isAbsolute(fromPublic) && values.force !== true) {
      throw new Error(
        `refusing to write into ${out}: public/ ships with the app (use --force to insist)`,
      );
    }
    return {
      ok: true,
      args: {
        seed: count("seed"),
        briefs: count("briefs"),
        policies: count("policies"),
        news: count("news"),
        companies: count("companies"),
        countries: count("countries"),
        out: outDir,
      },
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
