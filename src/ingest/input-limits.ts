/**
 * Bounds on what the ingest reads, checked before any parsing: a brief is about 20 kB of text with
 * lines under a thousand characters, so anything far larger is a wrong file, not a brief to read
 * for minutes.
 */

/** Characters of text, about 5 MB: 250 times the largest brief. */
export const MAX_TEXT_CHARS = 5 * 1024 * 1024;
/** Characters on one line: 20 times the longest paragraph of a brief. */
export const MAX_LINE_CHARS = 20_000;

/** What is wrong with the text's size, or null when it is within the bounds. Linear time. */
export function checkInputSize(text: string, noun: "text" | "file" = "text"): string | null {
  if (text.length > MAX_TEXT_CHARS) {
    return `the ${noun} has ${formatCount(text.length)} characters, over the limit of ${formatCount(MAX_TEXT_CHARS)} (5 MB); a brief is far smaller: check that this is the right file, or split it`;
  }
  let line = 1;
  let start = 0;
  for (let at = 0; at <= text.length; at += 1) {
    const code = at < text.length ? text.charCodeAt(at) : 10;
    if (code !== 10 && code !== 13) continue;
    if (at - start > MAX_LINE_CHARS) {
      return `line ${line} has ${formatCount(at - start)} characters, over the limit of ${formatCount(MAX_LINE_CHARS)} per line; check that this is the right file, or break the line`;
    }
    if (code === 13 && text.charCodeAt(at + 1) === 10) at += 1;
    line += 1;
    start = at + 1;
  }
  return null;
}

function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}
