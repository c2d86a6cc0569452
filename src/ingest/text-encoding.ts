/**
 * Reads a text file's bytes whatever encoding it was saved in, as far as it can be told apart:
 * UTF-8 (with or without a byte-order mark), UTF-16 (Windows "Unicode", with a mark or plainly
 * interleaved with zero bytes) and GB18030/GBK (common for Chinese government lists). Anything else
 * is refused with what to do, never read as mojibake.
 */
export type TextEncodingName = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "GB18030";

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncodingName; notice: string | null }
  | { ok: false; message: string };

const LABELS: Record<TextEncodingName, string> = {
  "UTF-8": "utf-8",
  "UTF-16LE": "utf-16le",
  "UTF-16BE": "utf-16be",
  GB18030: "gb18030",
};

const DESCRIPTIONS: Record<TextEncodingName, string> = {
  "UTF-8": "UTF-8",
  "UTF-16LE": "UTF-16 (little-endian)",
  "UTF-16BE": "UTF-16 (big-endian)",
  GB18030: "GB18030/GBK",
};

/** Decodes strictly: a byte sequence invalid in `encoding` gives null rather than U+FFFD. */
function strictDecode(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    return new TextDecoder(LABELS[encoding], { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function byteOrderMark(bytes: Uint8Array): TextEncodingName | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "UTF-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "UTF-16LE";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "UTF-16BE";
  return null;
}

/** UTF-16 without a mark: Latin text leaves every other byte zero, which UTF-8 text never has. */
function interleavedZeros(bytes: Uint8Array): TextEncodingName | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  // Stryker disable next-line ConditionalExpression: with no pair to sample, the loop counts no zeros and null is returned below anyway
  if (sample < 2) return null;
  let even = 0;
  let odd = 0;
  for (let at = 0; at < sample; at += 2) {
    if (bytes[at] === 0) even += 1;
    if (bytes[at + 1] === 0) odd += 1;
  }
  const pairs = sample / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return "UTF-16LE";
  if (even > pairs * 0.3 && odd < pairs * 0.05) return "UTF-16BE";
  return null;
}

/**
 * GB18030 decodes most byte soups without error, so a reading counts only when most characters
 * beyond ASCII are Chinese characters or CJK punctuation, as in a real Chinese list.
 */
function readsAsChinese(text: string): boolean {
  let beyondAscii = 0;
  let chinese = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    beyondAscii += 1;
    if (
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x3000 && code <= 0x303f) ||
      (code >= 0xff00 && code <= 0xffef)
    ) {
      chinese += 1;
    }
  }
  // Stryker disable next-line EqualityOperator,ConditionalExpression: with beyondAscii 0 the ratio is NaN, which is not >= 0.8 either
  return beyondAscii > 0 && chinese / beyondAscii >= 0.8;
}

function read(name: string, text: string, encoding: TextEncodingName): DecodedText {
  const notice =
    encoding === "UTF-8" ? null : `${name} is ${DESCRIPTIONS[encoding]} text; it was read as such`;
  return { ok: true, text, encoding, notice };
}

/** The text of a file named `name` (for messages), or why it cannot be read. */
export function decodeText(name: string, bytes: Uint8Array): DecodedText {
  const marked = byteOrderMark(bytes) ?? interleavedZeros(bytes);
  if (marked) {
    // TextDecoder drops a leading byte-order mark itself.
    const text = strictDecode(bytes, marked);
    if (text !== null) return read(name, text, marked);
    return {
      ok: false,
      message: `${name} looks like ${DESCRIPTIONS[marked]} text but holds bytes that are not valid in it; save it again as UTF-8 and retry`,
    };
  }
  const utf8 = strictDecode(bytes, "UTF-8");
  if (utf8 !== null) return read(name, utf8, "UTF-8");
  const gb = strictDecode(bytes, "GB18030");
  if (gb !== null && readsAsChinese(gb)) return read(name, gb, "GB18030");
  return {
    ok: false,
    message: `${name} is not text in UTF-8, UTF-16 or GB18030/GBK (it may be a Word, Excel or other binary file); save it as plain text (UTF-8) and retry`,
  };
}
