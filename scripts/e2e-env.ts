/**
 * What the browser tests need from the machine, decided by pure functions so that unit tests cover
 * every case: which Chromium to drive, how long to wait for it, and what to do when it is missing.
 */

/** Browsers cannot be downloaded here: Debian's Chromium is used unless CHROMIUM_PATH names another. */
export const DEFAULT_CHROMIUM = "/usr/bin/chromium";
export const BROWSER_PACKAGES = ["chromium", "fonts-noto-cjk"] as const;
const INSTALL_COMMAND = `apt-get install -y ${BROWSER_PACKAGES.join(" ")}`;

type Env = Readonly<Record<string, string | undefined>>;

export function chromiumPath(env: Env): string {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

/**
 * The one setting every end-to-end wait scales with. The default leaves room for a 2-core machine
 * running a build beside the suite (`npm run test:e2e:load` proves it); raise it on slower machines.
 */
export const DEFAULT_TIMEOUT_SCALE = 3;

export function timeoutScale(env: Env): number {
  const raw = env.E2E_TIMEOUT_SCALE?.trim();
  if (!raw) return DEFAULT_TIMEOUT_SCALE;
  const scale = Number(raw);
  if (!Number.isFinite(scale) || scale <= 0)
    throw new Error(`E2E_TIMEOUT_SCALE must be a positive number such as 2 or 0.5, got '${raw}'`);
  return scale;
}

/**
 * The waits of an idle 2-core machine, in milliseconds; every one is multiplied by the scale.
 * A cold page load (the app, its data, then the chart module) is the longest single wait.
 */
const BASE_TIMEOUTS = {
  test: 40_000,
  expect: 10_000,
  action: 10_000,
  navigation: 20_000,
  webServer: 180_000,
} as const;

export type E2eTimeouts = Record<keyof typeof BASE_TIMEOUTS, number>;

export function e2eTimeouts(scale: number): E2eTimeouts {
  const scaled = Object.entries(BASE_TIMEOUTS).map(([name, ms]) => [name, Math.round(ms * scale)]);
  return Object.fromEntries(scaled) as E2eTimeouts;
}

/** What `npm test` found on the machine before the browser layer. */
export interface BrowserFacts {
  chromium: string;
  chromiumFromEnv: boolean;
  chromiumExists: boolean;
  cjkFonts: boolean;
  /** Root with apt-get: the packages can be installed as CI does. */
  canInstall: boolean;
}

export type BrowserPlan =
  | { action: "run" }
  | { action: "install"; packages: readonly string[] }
  | { action: "stop"; message: string };

/**
 * Runs the browser tests when Chromium and CJK fonts are there, installs them when it can, and
 * otherwise stops with one line saying what to install (never forty "executable doesn't exist").
 */
export function planBrowser(facts: BrowserFacts): BrowserPlan {
  if (facts.chromiumExists && facts.cjkFonts) return { action: "run" };
  if (!facts.chromiumExists && facts.chromiumFromEnv) {
    return {
      action: "stop",
      message: `Browser tests not run: CHROMIUM_PATH=${facts.chromium} does not exist; point it at a Chromium or unset it and run \`${INSTALL_COMMAND}\`.`,
    };
  }
  if (facts.canInstall) return { action: "install", packages: BROWSER_PACKAGES };
  const missing = [
    facts.chromiumExists ? null : `Chromium (${facts.chromium})`,
    facts.cjkFonts ? null : "CJK fonts",
  ].filter(Boolean);
  return {
    action: "stop",
    message: `Browser tests not run: ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} missing; install with \`sudo ${INSTALL_COMMAND}\` (or set CHROMIUM_PATH).`,
  };
}

/** Counts of a Playwright JSON report (`PLAYWRIGHT_JSON_OUTPUT_NAME`); null when there is none. */
export function playwrightCounts(report: unknown) {
  const stats = (report as { stats?: Record<string, number | undefined> } | null)?.stats;
  if (!stats) return null;
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
  };
}
