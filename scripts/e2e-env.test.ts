import { describe, expect, it } from "vitest";
import {
  chromiumPath,
  DEFAULT_CHROMIUM,
  DEFAULT_TIMEOUT_SCALE,
  e2eTimeouts,
  planBrowser,
  timeoutScale,
  type BrowserFacts,
} from "./e2e-env";

const READY: BrowserFacts = {
  chromium: DEFAULT_CHROMIUM,
  chromiumFromEnv: false,
  chromiumExists: true,
  cjkFonts: true,
  canInstall: false,
};

describe("planBrowser", () => {
  it("runs the browser tests when Chromium and CJK fonts are there", () => {
    expect(planBrowser(READY)).toEqual({ action: "run" });
  });

  it("installs Chromium and the fonts as CI does when root with apt-get", () => {
    expect(planBrowser({ ...READY, chromiumExists: false, canInstall: true })).toEqual({
      action: "install",
      packages: ["chromium", "fonts-noto-cjk"],
    });
    expect(planBrowser({ ...READY, cjkFonts: false, canInstall: true })).toMatchObject({
      action: "install",
    });
  });

  it("stops with one line naming what to install when it cannot install", () => {
    expect(planBrowser({ ...READY, chromiumExists: false, cjkFonts: false })).toEqual({
      action: "stop",
      message:
        "Browser tests not run: Chromium (/usr/bin/chromium) and CJK fonts are missing; install with `sudo apt-get install -y chromium fonts-noto-cjk` (or set CHROMIUM_PATH).",
    });
    const fonts = planBrowser({ ...READY, cjkFonts: false });
    expect(fonts.action).toBe("stop");
    expect(fonts).toHaveProperty("message", expect.stringContaining("CJK fonts is missing"));
  });

  it("does not install over a CHROMIUM_PATH that points nowhere: it says so", () => {
    const plan = planBrowser({
      ...READY,
      chromium: "/opt/chrome/chrome",
      chromiumFromEnv: true,
      chromiumExists: false,
      canInstall: true,
    });
    expect(plan).toEqual({
      action: "stop",
      message:
        "Browser tests not run: CHROMIUM_PATH=/opt/chrome/chrome does not exist; point it at a Chromium or unset it and run `apt-get install -y chromium fonts-noto-cjk`.",
    });
  });
});

describe("chromiumPath", () => {
  it("honours CHROMIUM_PATH and falls back to Debian's Chromium", () => {
    expect(chromiumPath({ CHROMIUM_PATH: "/opt/chrome/chrome" })).toBe("/opt/chrome/chrome");
    expect(chromiumPath({})).toBe("/usr/bin/chromium");
    expect(chromiumPath({ CHROMIUM_PATH: "" })).toBe("/usr/bin/chromium");
  });
});

describe("timeouts", () => {
  it("scales every wait from the one setting", () => {
    expect(e2eTimeouts(2)).toEqual({
      test: 80_000,
      expect: 20_000,
      action: 20_000,
      navigation: 40_000,
      webServer: 360_000,
    });
    expect(e2eTimeouts(0.5).expect).toBe(5_000);
  });

  it("reads E2E_TIMEOUT_SCALE, with a default for a busy machine", () => {
    expect(timeoutScale({})).toBe(DEFAULT_TIMEOUT_SCALE);
    expect(timeoutScale({ E2E_TIMEOUT_SCALE: " 1.5 " })).toBe(1.5);
  });

  it("refuses a scale that is not a positive number, saying what is expected", () => {
    for (const raw of ["0", "-1", "fast", "Infinity"])
      expect(() => timeoutScale({ E2E_TIMEOUT_SCALE: raw })).toThrow(
        `E2E_TIMEOUT_SCALE must be a positive number such as 2 or 0.5, got '${raw}'`,
      );
  });
});
