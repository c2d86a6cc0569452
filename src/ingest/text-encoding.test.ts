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
});
