/** Items per list in the first look at a large brief: enough to fill every page's first screen. */
export const FIRST_LOOK_ITEMS = 1000;

/** The brief's item lists that can grow large; the Top 5 never does. */
const LONG_LISTS = ["policyNews", "documents", "corporateNews"] as const;

/** A brief file cut down to what a first look shows, with how many items that is of all. */
export interface BriefSlice {
  value: Record<string, unknown>;
  shown: number;
  of: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const listOf = (value: Record<string, unknown>, key: string): unknown[] => {
  const list = value[key];
  return Array.isArray(list) ? list : [];
};

const idOf = (item: unknown): unknown => (isRecord(item) ? item.id : undefined);

/**
 * The first `limit` items of each long list of a parsed, not yet validated, brief file, so a
 * first look at a brief of tens of thousands of items costs the validation of a few thousand.
 * Its targets are those of the policies kept (a target names its policy), at most `limit`.
 * Null when no list is longer than `limit`: the whole brief is the first look.
 */
export function sliceLargeBrief(value: unknown, limit = FIRST_LOOK_ITEMS): BriefSlice | null {
  if (!isRecord(value)) return null;
  const lists = [...LONG_LISTS, "targets"].map((key) => listOf(value, key));
  if (lists.every((list) => list.length <= limit)) return null;
  const kept: Record<string, unknown[]> = Object.fromEntries(
    LONG_LISTS.map((key) => [key, listOf(value, key).slice(0, limit)]),
  );
  const policyIds = new Set(
    [listOf(value, "top5"), kept.policyNews ?? [], kept.documents ?? []].flat().map(idOf),
  );
  const targets = listOf(value, "targets");
  kept.targets = [];
  for (const target of targets) {
    if (kept.targets.length === limit) break;
    if (isRecord(target) && policyIds.has(target.policy)) kept.targets.push(target);
  }
  const count = (lists: unknown[][]) => lists.reduce((sum, list) => sum + list.length, 0);
  const top5 = listOf(value, "top5");
  return {
    value: { ...value, ...kept },
    shown: count([top5, ...Object.values(kept)]),
    of: count([top5, ...lists]),
  };
}
