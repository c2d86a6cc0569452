import { describe, expect, it } from "vitest";
import { parseGenerateArgs } from "./args";

const cwd = "/project";

describe("parseGenerateArgs", () => {
  it("reads every flag", () => {
    const result = parseGenerateArgs(
      "--seed 3 --briefs 12 --policies 50 --news 70 --companies 9 --countries 5 --out data".split(
        " ",
      ),
      cwd,
    );
    expect(result).toEqual({
      ok: true,
      args: {
        seed: 3,
        briefs: 12,
        policies: 50,
        news: 70,
        companies: 9,
        countries: 5,
        out: "/project/data",
      },
    });
  });

  it("fills in the defaults", () => {
    expect(parseGenerateArgs(["--out", "/tmp/x"], cwd)).toEqual({
      ok: true,
      args: {
        seed: 1,
        briefs: 120,
        policies: 1000,
        news: 10_000,
        companies: 5000,
        countries: 60,
        out: "/tmp/x",
      },
    });
  });

  it.each([
    [[], "--out is required"],
    [["--out", "public/data"], "refusing to write into public/data"],
    [["--out", "public"], "refusing to write into public"],
    [["--out", "/project/public/bench"], "refusing to write"],
    [["--out", "x", "--briefs", "0"], "--briefs must be a whole number from 1 to 1200"],
    [["--out", "x", "--news", "1.5"], "--news must be a whole number"],
    [["--out", "x", "--countries", "61"], "--countries must be a whole number from 1 to 60"],
    [["--out", "x", "--seed", "abc"], "--seed must be a whole number"],
    [["--out", "x", "--size", "3"], "Unknown option '--size'"],
  ])("refuses %j", (argv, message) => {
    const result = parseGenerateArgs(argv, cwd);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.error).toContain(message);
  });

  it.each([["public-data"], ["../public/data"], ["/elsewhere/public/data"]])(
    "accepts %s, which is outside the project's public folder",
    (out) => {
      expect(parseGenerateArgs(["--out", out], cwd).ok).toBe(true);
    },
  );

  it("writes into public/ only with --force", () => {
    expect(parseGenerateArgs(["--out", "public/data", "--force"], cwd).ok).toBe(true);
  });
});
