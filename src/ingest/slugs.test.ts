import { describe, expect, it } from "vitest";
import { idFromWords, toSlug, uniqueId } from "./slugs";

describe("slugs", () => {
  it.each([
    ["Gränges", "granges"],
    ["China's state-owned shipbuilder", "china-state-owned-shipbuilder"],
    ["  IPv6+ innovation  ", "ipv6-innovation"],
    ["国务院", ""],
  ])("toSlug(%j) is %j", (text, slug) => {
    expect(toSlug(text)).toBe(slug);
  });

  it("builds an id from a date and the first significant words", () => {
    expect(idFromWords("2023-04-14", "Going hammer and tongs: China to transform")).toBe(
      "2023-04-14-going-hammer-tongs-china",
    );
  });

  it("builds an id of the date alone from a headline without Latin words", () => {
    expect(idFromWords("2023-04-14", "国务院 …")).toBe("2023-04-14");
  });

  it("gives a taken id the first free suffix", () => {
    const taken = new Set(["a", "a-2"]);
    expect(uniqueId("a", taken)).toBe("a-3");
    expect(uniqueId("b", taken)).toBe("b");
    expect(taken.has("a-3")).toBe(true);
  });

  it("gives 30,000 repeats of one id distinct suffixes, skipping ids taken since", () => {
    const taken = new Set(["a"]);
    const ids = Array.from({ length: 30_000 }, () => uniqueId("a", taken));
    expect(new Set(ids).size).toBe(30_000);
    expect(ids.at(-1)).toBe("a-30001");
    taken.add("a-30003");
    expect(uniqueId("a", taken)).toBe("a-30002");
    expect(uniqueId("a", taken)).toBe("a-30004");
  });
});
