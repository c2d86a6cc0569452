/**
 * Every kind of dated item the timeline draws, with how it reads and how its mark looks. A new
 * kind is one entry here (and its shape in the timeline's marks).
 */
export const ITEM_KINDS = {
  top5: {
    label: "Top 5",
    legend: "Top 5 item",
    color: "#b3261e",
    /** Tailwind classes of the mark: a lead issuer's is filled, a co-issuer's outlined. */
    mark: {
      filled: "fill-accent-600 stroke-accent-600 dark:fill-red-400 dark:stroke-red-400",
      outlined: "fill-white stroke-accent-600 dark:fill-stone-900 dark:stroke-red-400",
    },
  },
  news: {
    label: "Policy news",
    legend: "Policy news",
    color: "#0369a1",
    mark: {
      filled: "fill-sky-700 stroke-sky-700 dark:fill-sky-400 dark:stroke-sky-400",
      outlined: "fill-white stroke-sky-700 dark:fill-stone-900 dark:stroke-sky-400",
    },
  },
} as const;

export type ItemKind = keyof typeof ITEM_KINDS;

/** The kinds in the order filters and legends list them. */
export const ITEM_KIND_ORDER = Object.keys(ITEM_KINDS) as readonly ItemKind[];

export function isItemKind(value: string): value is ItemKind {
  return Object.hasOwn(ITEM_KINDS, value);
}
