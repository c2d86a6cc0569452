import type { SourceLink } from "@/data/model";

/** A piece of a paragraph: plain text, or the words the brief linked (with the link). */
export interface ReferencePart {
  text: string;
  reference: SourceLink | null;
}

/**
 * Splits a paragraph where the brief's in-text links sit: each reference's label is the linked
 * phrase as printed, found at its first occurrence not yet used. Labels that do not occur in
 * this paragraph are left for the others.
 */
export function splitByReferences(
  text: string,
  references: readonly SourceLink[],
): ReferencePart[] {
  const found = references
    .map((reference) => ({ reference, start: text.indexOf(reference.label) }))
    .filter(({ start }) => start >= 0)
    .sort((a, b) => a.start - b.start);
  const parts: ReferencePart[] = [];
  let at = 0;
  for (const { reference, start } of found) {
    if (start < at) continue;
    if (start > at) parts.push({ text: text.slice(at, start), reference: null });
    parts.push({ text: reference.label, reference });
    at = start + reference.label.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), reference: null });
  return parts;
}
