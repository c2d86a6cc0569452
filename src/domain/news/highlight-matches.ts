import { foldText, toTermPattern } from "@/domain/news/search-text";

/** A piece of text, marked when it matches the search. */
export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * The text folded one code point at a time, with where each folded unit came from, so a match
 * found in folded text maps back onto the original characters (diacritics included).
 */
function foldWithOffsets(text: string) {
  let folded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of text) {
    const piece = foldText(char);
    const end = offset + char.length;
    if (piece === "" && ends.length > 0) ends[ends.length - 1] = end;
    for (let unit = 0; unit < piece.length; unit += 1) {
      starts.push(offset);
      ends.push(end);
    }
    folded += piece;
    offset = end;
  }
  return { folded, starts, ends };
}

/** Character ranges [start, end) of `text` that match any search term, merged and in order. */
export function findMatchRanges(text: string, terms: readonly string[]): [number, number][] {
  if (terms.length === 0) return [];
  const { folded, starts, ends } = foldWithOffsets(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (const match of folded.matchAll(toTermPattern(term, "gu"))) {
      const start = starts[match.index];
      const end = ends[match.index + match[0].length - 1];
      if (start !== undefined && end !== undefined) ranges.push([start, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** The text split into plain and matching segments, for rendering matches as <mark>. */
export function splitHighlights(text: string, terms: readonly string[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const [start, end] of findMatchRanges(text, terms)) {
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) {
    segments.push({ text: text.slice(at), match: false });
  }
  return segments;
}
