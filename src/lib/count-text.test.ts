import { describe, expect, it } from "vitest";
import { countText } from "@/lib/count-text";

describe("countText", () => {
  it.each([
    [0, "company", "companies", "0 companies"],
    [1, "company", "companies", "1 company"],
    [12, "company", "companies", "12 companies"],
    [1, "corporate news item", undefined, "1 corporate news item"],
    [6, "corporate news item", undefined, "6 corporate news items"],
    [84000, "item", undefined, "84,000 items"],
  ])("writes %i with %s as its noun", (count, singular, plural, text) => {
    expect(countText(count, singular, plural)).toBe(text);
  });
});
