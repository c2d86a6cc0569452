import { describe, expect, it } from "vitest";
import { toFlagEmoji } from "@/domain/news/country-flag";

describe("toFlagEmoji", () => {
  it.each([
    ["DE", "🇩🇪"],
    ["CN", "🇨🇳"],
    ["US", "🇺🇸"],
    ["de", ""],
    ["DEU", ""],
    ["", ""],
  ])("%j → %j", (code, flag) => {
    expect(toFlagEmoji(code)).toBe(flag);
  });
});
