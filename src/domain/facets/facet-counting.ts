/**
 * The facet-counting core every page's filters share (timeline, targets, news, search). Facets
 * follow one rule: OR within a facet, AND across facets, and each facet's counts are taken under
 * the other facets only, so a chosen value still shows what its neighbours would match. An item
 * therefore counts for every facet when it passes them all, for one facet when it fails only that
 * one, and for none when it fails two. Items' facet values are numbered and kept as compressed
 * rows, so a filter change is one pass over typed arrays instead of string work per item.
 */

/** One-to-many links as compressed rows: the values of row i are values[start[i]..start[i+1]). */
export interface Rows {
  start: Uint32Array;
  values: Uint32Array;
}

/** Facet values numbered in the order first met, and each item's distinct numbers as rows. */
export interface CodedRows {
  ids: string[];
  number: Map<string, number>;
  rows: Rows;
}

/**
 * Numbers the values `keysOf` gives each item (`known` first, in its order, so every registry
 * entry gets a number) and keeps each item's distinct numbers in the order given.
 */
export function toCodedRows<T>(
  items: readonly T[],
  keysOf: (item: T) => Iterable<string>,
  known: Iterable<string> = [],
): CodedRows {
  const ids: string[] = [];
  const number = new Map<string, number>();
  const codeOf = (id: string) => {
    let code = number.get(id);
    if (code === undefined) {
      code = ids.push(id) - 1;
      number.set(id, code);
    }
    return code;
  };
  for (const id of known) codeOf(id);
  const start = new Uint32Array(items.length + 1);
  const values: number[] = [];
  items.forEach((item, at) => {
    const first = values.length;
    start[at] = first;
    for (const id of keysOf(item)) {
      const code = codeOf(id);
      if (!values.includes(code, first)) values.push(code);
    }
  });
  start[items.length] = values.length;
  return { ids, number, rows: { start, values: Uint32Array.from(values) } };
}

/**
 * Flags (1) for the chosen values by number, or null when the facet is not in use. Chosen ids
 * no item has get no flag: the facet is still in use, and matches nothing through them.
 */
export function toSelection(
  ids: readonly string[],
  number: ReadonlyMap<string, number>,
  size: number,
): Uint8Array | null {
  if (ids.length === 0) return null;
  const flags = new Uint8Array(size);
  for (const id of ids) {
    const at = number.get(id);
    if (at !== undefined) flags[at] = 1;
  }
  return flags;
}

/** Whether any of an item's values is selected. */
export function anySelected(rows: Rows, item: number, selection: Uint8Array): boolean {
  const end = rows.start[item + 1] ?? 0;
  for (let at = rows.start[item] ?? 0; at < end; at += 1) {
    if (selection[rows.values[at] ?? 0] === 1) return true;
  }
  return false;
}

/** Adds one to the count of each of an item's values. */
export function countRow(rows: Rows, item: number, counts: Uint32Array): void {
  const end = rows.start[item + 1] ?? 0;
  for (let at = rows.start[item] ?? 0; at < end; at += 1) {
    const value = rows.values[at] ?? 0;
    counts[value] = (counts[value] ?? 0) + 1;
  }
}

/** The non-zero counts by id. */
export function toCountMap<K>(ids: readonly K[], counts: Uint32Array): Map<K, number> {
  const map = new Map<K, number>();
  counts.forEach((count, code) => {
    const id = ids[code];
    if (count > 0 && id !== undefined) map.set(id, count);
  });
  return map;
}

/** An item's standing against the active facets: it passes every one. */
export const PASSES_ALL = -1;
/** It fails two facets or more: it matches nothing and counts for no facet. */
export const FAILS_SEVERAL = -2;

/**
 * The standing after the item fails `facet` (a facet's number, 0 or more): from passing all to
 * failing only that facet, and from failing one to failing several.
 */
export function withFailed(standing: number, facet: number): number {
  return standing === PASSES_ALL ? facet : FAILS_SEVERAL;
}

/** Whether an item of that standing counts toward `facet`'s values. */
export function countsToward(standing: number, facet: number): boolean {
  return standing === PASSES_ALL || standing === facet;
}
