/** Width of a string in pixels for one font size and weight. */
export type MeasureText = (text: string, font: TextFont) => number;

export interface TextFont {
  size: number;
  weight: number;
}

// CJK text has no spaces: every ideograph, kana or full-width sign is a break opportunity.
const TOKEN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]+|\s+/gu;
const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFF60]/u;

/**
 * A width estimate from character classes, for when no font can be measured (tests, jsdom).
 * Generous on purpose: overestimating wraps a line early, underestimating would clip it.
 */
export const estimateTextWidth: MeasureText = (text, font) => {
  let ems = 0;
  for (const char of text) {
    if (WIDE.test(char)) ems += 1;
    else if (/\s/.test(char)) ems += 0.3;
    else if (/[ilIj.,:;'|!()[\]]/.test(char)) ems += 0.32;
    else if (/[mwMW@%]/.test(char)) ems += 0.92;
    else if (/[A-Z0-9]/.test(char)) ems += 0.68;
    else ems += 0.58;
  }
  return ems * font.size * (font.weight >= 600 ? 1.06 : 1);
};

function breakLongToken(token: string, maxWidth: number, fits: (s: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const char of token) {
    if (piece && !fits(piece + char)) {
      pieces.push(piece);
      piece = "";
    }
    piece += char;
  }
  if (piece || maxWidth <= 0) pieces.push(piece);
  return pieces;
}

/**
 * Breaks text into lines no wider than `maxWidth`: at spaces, between CJK characters, and inside
 * a word only when the word alone is wider than a line. Nothing is cut off.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  font: TextFont,
  measure: MeasureText,
): string[] {
  const fits = (line: string) => measure(line, font) <= maxWidth;
  const lines: string[] = [];
  let line = "";
  for (const token of text.trim().match(TOKEN) ?? []) {
    if (/^\s+$/.test(token)) {
      if (line) line += " ";
      continue;
    }
    if (fits(line + token)) {
      line += token;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    const pieces = fits(token) ? [token] : breakLongToken(token, maxWidth, fits);
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? "";
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
