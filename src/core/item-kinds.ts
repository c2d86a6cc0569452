/** The shape of a kind's mark on the timeline, so kinds differ by more than colour. */
export type MarkShape = "diamond" | "circle" | "square";

/**
 * Every kind of dated policy item, with how it reads (filters, legends, search hits, the brief
 * reader) and how its mark looks. A new kind is one entry here.
 */
export const ITEM_KINDS = {
  top5: {
    label: "Top 5",
    /** The kind in the plural, for "… only" in filter wording and for section headings. */
    plural: "Top 5",
    legend: "Top 5 item",
    color: "#b3261e",
    shape: "diamond",
    /** Tailwind classes of the mark: a lead issuer's is filled, a co-issuer's outlined. */
    mark: {
      filled: "fill-accent-600 stroke-accent-600 dark:fill-red-400 dark:stroke-red-400",
      outlined: "fill-white stroke-accent-600 dark:fill-stone-900 dark:stroke-red-400",
    },
  },
  news: {
    label: "Policy news",
    plural: "Policy news",
    legend: "Policy news",
    color: "#0369a1",
    shape: "circle",
    mark: {
      filled: "fill-sky-700 stroke-sky-700 dark:fill-sky-400 dark:stroke-sky-400",
      outlined: "fill-white stroke-sky-700 dark:fill-stone-900 dark:stroke-sky-400",
    },
  },
  /** A policy document listed without commentary, e.g. a row of an imported spreadsheet. */
  document: {
    label: "Policy document",
    plural: "Policy documents",
    legend: "Policy document",
    color: "#4d7c0f",
    shape: "square",
    mark: {
      filled: "fill-lime-700 stroke-lime-700 dark:fill-lime-400 dark:stroke-lime-400",
      outlined: "fill-white stroke-lime-700 dark:fill-stone-900 dark:stroke-lime-400",
    },
  },
} as const satisfies Record<
  string,
  {
    label: string;
    plural: string;
    legend: string;
    color: string;
    shape: MarkShape;
    mark: { filled: string; outlined: string };
  }
>;

export type ItemKind = keyof typeof ITEM_KINDS;

/** The kinds in the order filters and legends list them. */
export const ITEM_KIND_ORDER = Object.keys(ITEM_KINDS) as readonly ItemKind[];

export function isItemKind(value: string): value is ItemKind {
  return Object.hasOwn(ITEM_KINDS, value);
}
