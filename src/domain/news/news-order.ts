/**
 * Sort orders of the news list. Date sorts by the item's date; company and country by the first
 * company the item names (its lead) and its home country. The direction applies to that key;
 * ties are always newest first, then by id, so every order is total and stable.
 */
import { memoByQuery } from "@/core/memo-by-identity";
import type { CorporateNews } from "@/data/model";
import type { NewsSort } from "@/domain/news/news-filters";
import { compareCodeUnits } from "@/core/compare-text";
import { compareNewsByDate, type NewsIndex } from "@/domain/news/news-index";

const collator = new Intl.Collator("en");

/** The text an item sorts by under a company or country sort. */
export function leadSortName(item: CorporateNews, key: "company" | "country"): string {
  const [lead] = item.companies;
  if (!lead) return "";
  return key === "company" ? lead.name : lead.country.nameEn;
}

/** A comparator for the given sort, for plain arrays of items. */
export function compareNews(sort: NewsSort): (a: CorporateNews, b: CorporateNews) => number {
  const sign = sort.direction === "asc" ? 1 : -1;
  const { key } = sort;
  if (key === "date") {
    return (a, b) =>
      sign * (a.date.ordinal - b.date.ordinal) ||
      compareCodeUnits(a.id, b.id) ||
      compareCodeUnits(a.briefId, b.briefId);
  }
  return (a, b) =>
    sign * collator.compare(leadSortName(a, key), leadSortName(b, key)) || compareNewsByDate(a, b);
}

/** Dense ranks (0, 1, …) of the items' sort keys in ascending order; equal keys share a rank. */
function rankItems(index: NewsIndex, key: NewsSort["key"]): { rank: Uint32Array; count: number } {
  if (key === "date") {
    const distinct = [...new Set(index.itemOrdinal)].sort((a, b) => a - b);
    const rankOf = new Map(distinct.map((ordinal, at) => [ordinal, at]));
    return {
      rank: Uint32Array.from(index.itemOrdinal, (ordinal) => rankOf.get(ordinal) ?? 0),
      count: distinct.length,
    };
  }
  const names = index.items.map((item) => leadSortName(item, key));
  // Only the distinct names (a few thousand companies) meet the collator.
  const distinct = [...new Set(names)].sort(collator.compare);
  const rankOf = new Map<string, number>();
  let rank = -1;
  distinct.forEach((name, at) => {
    if (at === 0 || collator.compare(distinct[at - 1] ?? "", name) !== 0) rank += 1;
    rankOf.set(name, rank);
  });
  return { rank: Uint32Array.from(names, (name) => rankOf.get(name) ?? 0), count: rank + 1 };
}

/**
 * Positions by rank, ascending or descending, and by position within a rank: a stable counting
 * sort, linear in the number of items.
 */
function orderByRank(rank: Uint32Array, count: number, direction: NewsSort["direction"]) {
  const slotOf = (r: number) => (direction === "asc" ? r : count - 1 - r);
  const next = new Uint32Array(count + 1);
  for (const r of rank) next[slotOf(r) + 1] = (next[slotOf(r) + 1] ?? 0) + 1;
  for (let slot = 1; slot <= count; slot += 1)
    next[slot] = (next[slot] ?? 0) + (next[slot - 1] ?? 0);
  const order = new Uint32Array(rank.length);
  rank.forEach((r, position) => {
    const slot = slotOf(r);
    const at = next[slot] ?? 0;
    order[at] = position;
    next[slot] = at + 1;
  });
  return order;
}

/** The index keeps its items newest first (then by id): under this sort, positions are in order. */
export function isIndexOrder(sort: NewsSort): boolean {
  return sort.key === "date" && sort.direction === "desc";
}

/**
 * Item positions in the given sort order, computed once per index and sort without comparing
 * strings per item, so a first sort by company over 100,000 items stays quick.
 */
export const sortOrder = memoByQuery(
  (index: NewsIndex, sort: NewsSort): Uint32Array => {
    const { rank, count } = rankItems(index, sort.key);
    return orderByRank(rank, count, sort.direction);
  },
  (sort) => `${sort.key}-${sort.direction}`,
);
