import type { Policy } from "@/data/model";

const MAX_LENGTH = 90;

/**
 * A policy named in one line: its Top 5 headline, else its English title, else the start of
 * its news text, cut at a word boundary.
 */
export function toPolicyLabel(policy: Pick<Policy, "headline" | "title" | "summary">): string {
  const text = policy.headline ?? policy.title.en ?? policy.summary;
  if (text.length <= MAX_LENGTH) return text;
  const cut = text.slice(0, MAX_LENGTH);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > MAX_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, "")}…`;
}
