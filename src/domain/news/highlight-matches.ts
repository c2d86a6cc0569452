import { foldText, toTermPattern } from "@/domain/news/search-text";

import { mergeRanges, toTextSegments, type TextSegment } from "@/domain/text-segment";

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
  return mergeRanges(ranges);
}

/** The text split into plain and matching segments, for rendering matches as <mark>. */
export function splitHighlights(text: string, terms: readonly string[]): TextSegment[] {
  return toTextSegments(text, findMatchRanges(text, terms));
}
