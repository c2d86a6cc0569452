import { describe, expect, it } from "vitest";
import { decodeText } from "./text-encoding";

const BRIEF_LINE = "Issuing bodies: 工业和信息化部 (MIIT), 国家发展改革委 (NDRC)";

function utf16(text: string, endian: "le" | "be", mark: boolean): Uint8Array {
  const le = Buffer.from((mark ? "\ufeff" : "") + text, "utf16le");
  if (endian === "le") return new Uint8Array(le);
  const be = Buffer.from(le);
  be.swap16();
  return new Uint8Array(be);
}

/** GB18030 bytes of 中国工业 (the Node build has no GB encoder, so they are written out). */
const GB_CHINA_INDUSTRY = [0xd6, 0xd0, 0xb9, 0xfa, 0xb9, 0xa4, 0xd2, 0xb5];

describe("decodeText", () => {
  it("reads UTF-8 without a notice, with or without a byte-order mark", () => {
    const plain = decodeText("brief.txt", new TextEncoder().encode(BRIEF_LINE));
    expect(plain).toEqual({ ok: true, text: BRIEF_LINE, encoding: "UTF-8", notice: null });
    const marked = decodeText("brief.txt", new TextEncoder().encode(`\ufeff${BRIEF_LINE}`));
    expect(marked.ok && marked.text).toBe(BRIEF_LINE);
  });

  it.each([
    ["le", true, "UTF-16 (little-endian)"],
    ["le", false, "UTF-16 (little-endian)"],
    ["be", true, "UTF-16 (big-endian)"],
    ["be", false, "UTF-16 (big-endian)"],
  ] as const)("reads UTF-16 %s (mark: %s) and says so", (endian, mark, described) => {
    const decoded = decodeText("list.csv", utf16(`title,date\n${BRIEF_LINE}\n`, endian, mark));
    expect(decoded).toEqual({
      ok: true,
      text: `title,date\n${BRIEF_LINE}\n`,
      encoding: endian === "le" ? "UTF-16LE" : "UTF-16BE",
      notice: `list.csv is ${described} text; it was read as such`,
    });
  });

  it("reads GB18030/GBK Chinese text and says so", () => {
    const bytes = new Uint8Array([...Buffer.from("title: "), ...GB_CHINA_INDUSTRY, 0x0a]);
    const decoded = decodeText("政策.csv", bytes);
    expect(decoded).toEqual({
      ok: true,
      text: "title: 中国工业\n",
      encoding: "GB18030",
      notice: "政策.csv is GB18030/GBK text; it was read as such",
    });
  });

  it("refuses bytes that are no known text rather than reading mojibake", () => {
    // Latin-1 accented letters: invalid UTF-8, and as GB18030 they are not Chinese.
    const latin1 = new Uint8Array([...Buffer.from("Caf"), 0xe9, 0x20, 0xe0, 0x20, 0xfc, 0xe8]);
    const decoded = decodeText("notes.txt", latin1);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.message).toMatch(
      /^notes\.txt is not text in UTF-8, UTF-16 or GB18030\/GBK .*save it as plain text \(UTF-8\)/,
    );
  });

  it("refuses a UTF-16 mark followed by broken UTF-16", () => {
    // A lone high surrogate (D800) is invalid UTF-16.
    const decoded = decodeText("x.txt", new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8]));
    expect(decoded).toEqual({
      ok: false,
      message:
        "x.txt looks like UTF-16 (little-endian) text but holds bytes that are not valid in it; save it again as UTF-8 and retry",
    });
  });

  it("reads Chinese-only UTF-16 by its mark alone (no zero bytes to go by)", () => {
    expect(decodeText("a.txt", utf16("中国工业", "be", true))).toMatchObject({
      ok: true,
      text: "中国工业",
      encoding: "UTF-16BE",
    });
  });

  it("reads two bytes of unmarked UTF-16 (one Latin letter)", () => {
    expect(decodeText("a.txt", new Uint8Array([0x41, 0x00]))).toMatchObject({
      ok: true,
      text: "A",
      encoding: "UTF-16LE",
    });
  });

  it("refuses unmarked UTF-16 cut in the middle of a character", () => {
    // "AAAAAAAAAA" as UTF-16LE (20 bytes) and one stray zero byte.
    const cut = new Uint8Array([...utf16("AAAAAAAAAA", "le", false), 0x00]);
    expect(decodeText("cut.txt", cut)).toEqual({
      ok: false,
      message:
        "cut.txt looks like UTF-16 (little-endian) text but holds bytes that are not valid in it; save it again as UTF-8 and retry",
    });
  });

  it("refuses a UTF-8 mark followed by GBK bytes rather than guessing", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...GB_CHINA_INDUSTRY]);
    expect(decodeText("x.txt", bytes)).toEqual({
      ok: false,
      message:
        "x.txt looks like UTF-8 text but holds bytes that are not valid in it; save it again as UTF-8 and retry",
    });
  });

  it.each([
    ["EF A1 BF A1", [0xef, 0xa1, 0xbf, 0xa1], "铩俊"],
    ["B0 BB BF A1", [0xb0, 0xbb, 0xbf, 0xa1], "盎俊"],
    ["EF BB B0 A1", [0xef, 0xbb, 0xb0, 0xa1], "锘啊"],
    ["B0 FE D6 D0", [0xb0, 0xfe, 0xd6, 0xd0], "剥中"],
  ])("reads GBK starting %s (part of a byte-order mark) as GBK", (_, bytes, text) => {
    expect(decodeText("a.txt", new Uint8Array(bytes))).toMatchObject({
      ok: true,
      text,
      encoding: "GB18030",
    });
  });

  it.each([
    ["FF 41 42 43", [0xff, 0x41, 0x42, 0x43]],
    ["41 FE", [0x41, 0xfe]],
    ["FE FE", [0xfe, 0xfe]],
    ["41 FF 42 43", [0x41, 0xff, 0x42, 0x43]],
  ])("refuses %s (half a UTF-16 mark) as no known text", (_, bytes) => {
    const decoded = decodeText("a.bin", new Uint8Array(bytes));
    expect(!decoded.ok && decoded.message).toMatch(/^a\.bin is not text in UTF-8, UTF-16/);
  });

  /** Twenty byte pairs: `lo` with a zero second byte, `hi` with a zero first byte, the rest none. */
  function pairs(lo: number, hi: number): Uint8Array {
    const kinds = [...Array<number[]>(lo).fill([0x41, 0]), ...Array<number[]>(hi).fill([0, 0x41])];
    return new Uint8Array([...kinds, ...Array<number[]>(20 - lo - hi).fill([0x41, 0x42])].flat());
  }

  it.each([
    [7, 0, "UTF-16LE"],
    [6, 0, "UTF-8"],
    [7, 1, "UTF-8"],
    [0, 7, "UTF-16BE"],
    [0, 6, "UTF-8"],
    [1, 7, "UTF-8"],
  ])(
    "takes 20 unmarked pairs, %i with a zero second byte and %i with a zero first, as %s",
    (lo, hi, encoding) => {
      expect(decodeText("a.txt", pairs(lo, hi))).toMatchObject({ ok: true, encoding });
    },
  );

  it.each([
    ["一 (U+4E00, first CJK ideograph)", [0xd2, 0xbb], "中中中一"],
    ["U+9FFF (last CJK ideograph)", [0x82, 0x35, 0x98, 0x32], "中中中\u9fff"],
    ["U+3000 (ideographic space)", [0xa1, 0xa1], "中中中\u3000"],
    ["U+303F (last CJK punctuation)", [0x81, 0x39, 0xa6, 0x34], "中中中\u303f"],
    ["U+FF00 (first fullwidth form)", [0x84, 0x31, 0x95, 0x34], "中中中\uff00"],
    ["U+FFEF (last fullwidth form)", [0x84, 0x31, 0xa3, 0x33], "中中中\uffef"],
    ["Α among four Chinese characters (80%)", [0xd6, 0xd0, 0xa6, 0xa1], "中中中中Α"],
  ])("reads GBK 中中中 + %s as Chinese", (_, bytes, text) => {
    const decoded = decodeText(
      "a.txt",
      new Uint8Array([0xd6, 0xd0, 0xd6, 0xd0, 0xd6, 0xd0, ...bytes]),
    );
    expect(decoded).toMatchObject({ ok: true, text, encoding: "GB18030" });
  });

  it.each([
    ["U+0080 (a control character)", [0x81, 0x30, 0x81, 0x30]],
    ["Α (Greek)", [0xa6, 0xa1]],
    ["U+A000 (Yi, just past the CJK ideographs)", [0x82, 0x35, 0x98, 0x33]],
    ["U+FFFC (just past the fullwidth forms)", [0x84, 0x31, 0xa4, 0x36]],
  ])("refuses GBK 中中中 + %s: under 80% Chinese", (_, bytes) => {
    const decoded = decodeText(
      "a.txt",
      new Uint8Array([0xd6, 0xd0, 0xd6, 0xd0, 0xd6, 0xd0, ...bytes]),
    );
    expect(decoded.ok).toBe(false);
  });
});
