/** A piece of text, marked when it is what a search matched; rendered as <mark>, never as HTML. */
export interface TextSegment {
  text: string;
  isMatch: boolean;
}

/** Character ranges sorted and merged where they overlap or touch. */
export function mergeRanges(ranges: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** The text split at merged, ordered match ranges into plain and matched segments. */
export function toTextSegments(text: string, ranges: readonly [number, number][]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) segments.push({ text: text.slice(at, start), isMatch: false });
    segments.push({ text: text.slice(start, end), isMatch: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) {
    segments.push({ text: text.slice(at), isMatch: false });
  }
  return segments;
}
