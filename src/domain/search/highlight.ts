import type { HighlightTerms } from "@/domain/search/match-query";
import { tokenise, type Token } from "@/domain/search/tokenise";

import { mergeRanges, toTextSegments, type TextSegment } from "@/domain/text-segment";

function phraseAt(tokens: readonly Token[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((term, offset) => tokens[at + offset]?.term === term);
}

/** Character ranges of the text that the query matched, merged and in order. */
function matchedRanges(text: string, highlight: HighlightTerms): [number, number][] {
  const tokens = tokenise(text);
  const ranges: [number, number][] = [];
  for (const token of tokens) {
    if (
      highlight.terms.has(token.term) ||
      highlight.prefixes.some((prefix) => token.term.startsWith(prefix))
    ) {
      ranges.push([token.start, token.end]);
    }
  }
  // Names are matched as the index matched them: without the lone last character of a run.
  const named = tokens.filter((token) => !token.isRunTail);
  named.forEach((token, at) => {
    for (const phrase of highlight.phrases) {
      const last = named[at + phrase.length - 1];
      if (last && phraseAt(named, at, phrase)) ranges.push([token.start, last.end]);
    }
  });
  return mergeRanges(ranges);
}

/** Splits `text` into plain and matched segments, for rendering matches as <mark>. */
export function toHighlightSegments(text: string, highlight: HighlightTerms): TextSegment[] {
  return toTextSegments(text, matchedRanges(text, highlight));
}

/** Whether the query matched anything in `text`. */
export function hasHighlight(text: string, highlight: HighlightTerms): boolean {
  return matchedRanges(text, highlight).length > 0;
}

/**
 * A window of about `length` characters around the first match of a long text, with
 * ellipses where it was cut, split into segments; the start of the text when nothing matched.
 */
export function toSnippetSegments(
  text: string,
  highlight: HighlightTerms,
  length = 160,
): TextSegment[] {
  const ranges = matchedRanges(text, highlight);
  if (text.length <= length) return toTextSegments(text, ranges);
  const first = ranges[0]?.[0] ?? 0;
  // Start at a word boundary a little before the match, so the match reads in context; where no
  // space comes before the match (Chinese), at the rough place, lest the window skip the match.
  const rough = Math.max(0, Math.min(first - Math.floor(length / 4), text.length - length));
  const boundary = text.indexOf(" ", rough) + 1;
  const start = rough === 0 ? 0 : boundary > 0 && boundary <= first ? boundary : rough;
  const end = Math.min(text.length, start + length);
  const inside = ranges
    .filter(([from, to]) => from >= start && to <= end)
    .map(([from, to]): [number, number] => [from - start, to - start]);
  const segments = toTextSegments(text.slice(start, end), inside);
  if (start > 0) segments.unshift({ text: "… ", isMatch: false });
  if (end < text.length) segments.push({ text: " …", isMatch: false });
  return segments;
}
