/**
 * The vis-timeline configurations the peer bench draws, chosen by the page's `?config=`. The
 * first is the page as first measured; the others are what a competent vis-timeline user picks
 * for thousands of dated items (its docs advise against stacking box items at this density):
 * point items with short labels, without stacking, or clustered. Every one keeps all lanes.
 */
export interface VisConfig {
  /** How the bench's table names it. */
  label: string;
  type: "box" | "point";
  /** Labels cut to this many characters (with an ellipsis); null keeps the whole title. */
  labelChars: number | null;
  stack: boolean;
  cluster: boolean;
  /** A fixed height in px, so vis-timeline need not grow the page to fit every row. */
  height: number | null;
}

export const VIS_CONFIGS = {
  "boxes-stacked": {
    label: "box items, whole titles, stack: true (first measured)",
    type: "box",
    labelChars: null,
    stack: true,
    cluster: false,
    height: null,
  },
  "points-unstacked": {
    label: "point items, 24-character labels, stack: false, 880 px",
    type: "point",
    labelChars: 24,
    stack: false,
    cluster: false,
    height: 880,
  },
  "points-clustered": {
    label: "point items, 24-character labels, cluster, 880 px",
    type: "point",
    labelChars: 24,
    stack: false,
    cluster: true,
    height: 880,
  },
} satisfies Record<string, VisConfig>;

export type VisConfigId = keyof typeof VIS_CONFIGS;

export function isVisConfigId(id: string): id is VisConfigId {
  return id in VIS_CONFIGS;
}

/** A label cut to `chars` characters, an ellipsis marking the cut. */
export function shortLabel(text: string, chars: number | null): string {
  return chars === null || text.length <= chars ? text : `${text.slice(0, chars - 1)}…`;
}
