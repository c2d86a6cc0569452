/**
 * Keeping an imported brief: is it already in the dashboard (shipped or added before), and
 * which suffix makes a second copy's ids unique.
 */
import type { Brief } from "@/data/model";
import type { BriefInput } from "@/ingest/parse-brief";
import { withIdSuffix } from "./review-edits";

export type Duplicate = { kind: "shipped"; file: string } | { kind: "added"; at: string } | null;

export function findDuplicate(briefId: string, briefs: readonly Brief[]): Duplicate {
  const same = briefs.find((brief) => brief.id === briefId);
  if (!same) return null;
  return same.added ? { kind: "added", at: same.added.at } : { kind: "shipped", file: same.file };
}

/**
 * The brief renamed "-copy", "-copy-2", … so that none of its ids is taken. A copy of a copy
 * counts on from the original's name ("-copy-2"), never "-copy-copy".
 */
export function asSecondCopy(brief: BriefInput, briefs: readonly Pick<Brief, "id">[]): BriefInput {
  const taken = new Set(briefs.map((b) => b.id));
  for (let n = 1; ; n += 1) {
    const copy = withIdSuffix(brief, n === 1 ? "copy" : `copy-${n}`);
    if (!taken.has(copy.id)) return copy;
  }
}
