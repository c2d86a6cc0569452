import { describe, expect, it } from "vitest";
import {
  matchWeight,
  parseFontFamilyList,
  parseFontSrc,
  parseFontWeight,
  parseUnicodeRange,
  selectFontFaces,
  type FontFaceSource,
} from "@/lib/export/font-faces";

describe("parseUnicodeRange", () => {
  it.each([
    ["U+0-FF", [[0, 0xff]]],
    [
      "U+460-52F, U+20B4, U+1F??",
      [
        [0x460, 0x52f],
        [0x20b4, 0x20b4],
        [0x1f00, 0x1fff],
      ],
    ],
    ["u+4e00-9fff", [[0x4e00, 0x9fff]]],
    ["", []],
    ["nonsense, U+41", [[0x41, 0x41]]],
  ])("reads %j", (text, ranges) => {
    expect(parseUnicodeRange(text)).toEqual(ranges);
  });
});

describe("parseFontFamilyList", () => {
  it.each([
    [
      '"Inter Variable", "Noto Sans SC", sans-serif',
      ["Inter Variable", "Noto Sans SC", "sans-serif"],
    ],
    ["'Noto Sans SC',system-ui", ["Noto Sans SC", "system-ui"]],
    ["Inter Variable", ["Inter Variable"]],
  ])("reads %j", (text, families) => {
    expect(parseFontFamilyList(text)).toEqual(families);
  });
});

describe("parseFontWeight", () => {
  it.each([
    ["400", [400, 400]],
    ["100 900", [100, 900]],
    ["bold", [700, 700]],
    ["normal", [400, 400]],
    ["heavy", null],
  ])("reads %j", (text, weight) => {
    expect(parseFontWeight(text)).toEqual(weight);
  });
});

describe("parseFontSrc", () => {
  it.each([
    [
      'url("/a.woff2") format("woff2"), url("/a.woff") format("woff")',
      { url: "/a.woff2", format: "woff2" },
    ],
    [
      'url("/a.woff") format("woff"), url(/a.woff2) format("woff2-variations")',
      { url: "/a.woff2", format: "woff2-variations" },
    ],
    ["url('/a.ttf')", { url: "/a.ttf", format: "" }],
    ["local(Inter)", null],
  ])("reads %j", (text, source) => {
    expect(parseFontSrc(text)).toEqual(source);
  });
});

describe("matchWeight", () => {
  const noto = [
    [400, 400],
    [700, 700],
  ] as const;
  it.each([
    [400, noto, [400, 400]],
    [600, noto, [700, 700]],
    [500, noto, [400, 400]],
    [300, noto, [400, 400]],
    [900, noto, [700, 700]],
    [
      450,
      [
        [300, 300],
        [500, 500],
        [600, 600],
      ],
      [500, 500],
    ],
    [650, [[100, 900]], [100, 900]],
  ] as const)("matches %i among %j", (desired, available, expected) => {
    expect(matchWeight(desired, available)).toEqual(expected);
  });
});

describe("selectFontFaces", () => {
  const face = (
    family: string,
    weight: [number, number],
    range: string,
    url: string,
  ): FontFaceSource => ({
    family,
    weight,
    ranges: parseUnicodeRange(range),
    unicodeRange: range,
    url,
    format: "woff2",
  });
  const faces = [
    face("Inter Variable", [100, 900], "U+0-FF", "inter-latin"),
    face("Inter Variable", [100, 900], "U+400-45F", "inter-cyrillic"),
    face("Noto Sans SC", [400, 400], "U+0-FF", "noto-latin-400"),
    face("Noto Sans SC", [400, 400], "U+94F8-94FF, U+9020-902F", "noto-cjk-a-400"),
    face("Noto Sans SC", [400, 400], "U+548C, U+953B", "noto-cjk-b-400"),
    face("Noto Sans SC", [400, 400], "U+8000-80FF", "noto-unused-400"),
    face("Noto Sans SC", [700, 700], "U+94F8-94FF, U+9020-902F", "noto-cjk-a-700"),
  ];
  const families = ["Inter Variable", "Noto Sans SC", "sans-serif"];
  const urls = (runs: Parameters<typeof selectFontFaces>[1]) =>
    selectFontFaces(faces, runs).map((f) => f.url);

  it("takes Latin from the first family and Chinese from the fallback, subset by subset", () => {
    expect(urls([{ families, weight: 400, text: "Foundry 铸造和锻" }])).toEqual([
      "inter-latin",
      "noto-cjk-a-400",
      "noto-cjk-b-400",
    ]);
  });

  it("chooses the bold faces for bold text", () => {
    expect(urls([{ families, weight: 600, text: "铸造" }])).toEqual(["noto-cjk-a-700"]);
  });

  it("skips families the document does not declare", () => {
    expect(urls([{ families: ["Helvetica", "Noto Sans SC"], weight: 400, text: "A" }])).toEqual([
      "noto-latin-400",
    ]);
  });

  it("chooses nothing for characters no face covers", () => {
    expect(urls([{ families, weight: 400, text: "😀" }])).toEqual([]);
  });
});
