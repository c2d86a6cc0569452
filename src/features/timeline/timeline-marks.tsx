import { memo, type SVGProps } from "react";
import { ITEM_KINDS, type MarkShape } from "@/core/item-kinds";
import type { ClusterMark, ItemMark } from "@/domain/timeline/cluster-lane";
import { formatOrdinal } from "@/core/calendar-date";
import type { DocumentIndex } from "@/domain/documents/document-index";
import { describeDocumentMark } from "@/domain/timeline/document-marks";
import { describePolicy, policyTitle } from "@/domain/timeline/policy-label";
import { charEms, estimateTextWidth } from "@/domain/targets/layout-axis-labels";

/*
 * Each mark is one focusable SVG element (a diamond, a circle or a square by item kind, or a
 * cluster's count over a pill drawn with the lane's others), with emphasis set by data attributes on that element and
 * focus shown by the browser's outline. Few elements and simple selectors keep a zoom frame's
 * style, layout and paint work small.
 */

/** Hovered or focused (every appearance of one document), or selected. */
const EMPHASIS =
  "data-highlighted:stroke-stone-900 data-highlighted:stroke-[2.5px] data-selected:stroke-stone-900 data-selected:stroke-[3px] dark:data-highlighted:stroke-white dark:data-selected:stroke-white";

const LABEL_FONT_SIZE = 10;
/** Fewer characters than this say nothing: no label then (the full one shows on hover, focus). */
const MIN_LABEL_CHARS = 8;

// A title's width after each of its characters, measured once: zooming re-fits every label.
const prefixWidths = new Map<string, number[]>();

/** No label is wider than this; a longer title's widths stop here (a 100k-character one too). */
const WIDEST_LABEL = 4000;

/** Prefix widths in one pass: measuring each prefix anew was quadratic in the title's length. */
function widthsOf(text: string): number[] {
  let widths = prefixWidths.get(text);
  if (!widths) {
    widths = [0];
    let ems = 0;
    for (let at = 0; at < text.length; at += 1) {
      const code = text.charCodeAt(at);
      // The low half of a surrogate pair adds nothing: the pair was measured at its high half.
      if (code < 0xdc00 || code > 0xdfff)
        ems += charEms(String.fromCodePoint(text.codePointAt(at) ?? code));
      const width = Math.ceil(ems * LABEL_FONT_SIZE);
      widths.push(width);
      if (width > WIDEST_LABEL) break;
    }
    prefixWidths.set(text, widths);
  }
  return widths;
}

/** The title, whole if it fits `width` px, else cut at the most characters that fit with "…". */
export function fitLabel(text: string, width: number): string | null {
  const widths = widthsOf(text);
  if ((widths[text.length] ?? Infinity) <= width) return text;
  const room = width - estimateTextWidth("…", LABEL_FONT_SIZE);
  let chars = 0;
  while (chars < text.length && (widths[chars + 1] ?? Infinity) <= room) chars += 1;
  if (chars < MIN_LABEL_CHARS) return null;
  return `${text.slice(0, chars).trimEnd()}…`;
}

const dayTexts = new Map<number, string>();

/** "14 Apr 2023" for a day ordinal; cached, as every cluster's label names two days. */
function dayText(day: number): string {
  const whole = Math.floor(day);
  let text = dayTexts.get(whole);
  if (text === undefined) {
    text = formatOrdinal(whole);
    dayTexts.set(whole, text);
  }
  return text;
}

/** The focusable element of a mark, in its kind's shape, centred on (x, y). */
function KindMark({
  shape,
  x,
  y,
  shared,
}: {
  shape: MarkShape;
  x: number;
  y: number;
  shared: SVGProps<SVGPathElement> & SVGProps<SVGCircleElement> & SVGProps<SVGRectElement>;
}) {
  if (shape === "diamond")
    return <path d={`M${x} ${y - 5.5}l5.5 5.5l-5.5 5.5l-5.5 -5.5z`} {...shared} />;
  if (shape === "square") return <rect x={x - 4} y={y - 4} width={8} height={8} {...shared} />;
  return <circle cx={x} cy={y} r={4.5} {...shared} />;
}

export const ItemMarkView = memo(function ItemMarkView({
  mark,
  tabbable,
  highlighted,
  selected,
  documents,
}: {
  mark: ItemMark;
  tabbable: boolean;
  highlighted: boolean;
  selected: boolean;
  /** Mentions and stages of the mark's document, where the chart knows them. */
  documents: DocumentIndex | null;
}) {
  const { policy, isLead } = mark.entry;
  const document = documents?.documentOf(policy.id);
  const mentions = document && documents ? documents.mentionsOf(document).length : 1;
  const { x, y } = mark;
  const label = fitLabel(policyTitle(policy), mark.labelWidth);
  const role = isLead
    ? policy.issuingBodies.length > 1
      ? " Lead issuer in this lane."
      : ""
    : " Co-issuer in this lane.";
  const shared = {
    role: "button",
    tabIndex: tabbable ? 0 : -1,
    "aria-label": `${describePolicy(policy)}${role}${documents ? describeDocumentMark(policy.id, documents) : ""}`,
    "aria-current": selected || undefined,
    "data-key": mark.key,
    "data-policy": policy.id,
    "data-highlighted": highlighted || undefined,
    "data-selected": selected || undefined,
    strokeWidth: 1.5,
    className: `cursor-pointer ${ITEM_KINDS[policy.kind].mark[isLead ? "filled" : "outlined"]} ${EMPHASIS}`,
  };
  return (
    <>
      {policy.date.precision !== "day" && (
        <line
          aria-hidden="true"
          x1={mark.x0}
          x2={mark.x1}
          y1={y}
          y2={y}
          strokeWidth={2}
          strokeLinecap="round"
          className={`${ITEM_KINDS[policy.kind].mark.filled} pointer-events-none opacity-40`}
        />
      )}
      {policy.added && (
        // A dashed ring sets an item of a brief added on this device apart; its label says so.
        <circle
          aria-hidden="true"
          cx={x}
          cy={y}
          r={8.5}
          fill="none"
          strokeWidth={1.25}
          strokeDasharray="2.5 2"
          className="pointer-events-none stroke-accent-700 dark:stroke-accent-100"
        />
      )}
      <KindMark shape={ITEM_KINDS[policy.kind].shape} x={x} y={y} shared={shared} />
      {mentions > 1 && (
        <text
          aria-hidden="true"
          x={x + 4}
          y={y - 5}
          className="pointer-events-none fill-stone-700 text-[8px] font-semibold dark:fill-stone-300"
        >
          {`×${mentions}`}
        </text>
      )}
      {label && (
        <text
          aria-hidden="true"
          x={x + 9}
          y={y}
          dy="0.35em"
          data-key={mark.key}
          className={`cursor-pointer fill-stone-700 text-[10px] dark:fill-stone-300 ${selected ? "font-bold" : ""}`}
        >
          {label}
        </text>
      )}
    </>
  );
});

/**
 * A cluster's pill, as path data: wide enough for its count, centred on the mark; a band of
 * year-only dates reaches across its year.
 */
function pillPath(mark: ClusterMark): string {
  const fit = Math.max(16, 8 + String(mark.entries.length).length * 6.2);
  const { x0, x1 } = mark.yearOnly ?? { x0: mark.x - fit / 2, x1: mark.x + fit / 2 };
  const straight = Math.max(fit, x1 - x0) - 16;
  const left = (x0 + x1) / 2 - straight / 2;
  return `M${left} ${mark.y - 8}h${straight}a8 8 0 0 1 0 16h${-straight}a8 8 0 0 1 0 -16z`;
}

/**
 * Every cluster pill of a lane as two paths (plain and highlighted) rather than one element
 * each: the counts on top are the focusable marks, hit-tested on their bounding box.
 */
export function ClusterPills({
  marks,
  highlightId,
}: {
  marks: readonly ClusterMark[];
  highlightId: string | null;
}) {
  if (marks.length === 0) return null;
  const isHighlighted = (mark: ClusterMark) =>
    highlightId !== null && mark.entries.some((entry) => entry.policy.id === highlightId);
  const plain = marks.filter((mark) => !isHighlighted(mark));
  const highlighted = marks.filter(isHighlighted);
  return (
    <>
      <path
        aria-hidden="true"
        d={plain.map(pillPath).join("")}
        className="pointer-events-none fill-stone-600 dark:fill-stone-300"
      />
      {highlighted.length > 0 && (
        <path
          aria-hidden="true"
          d={highlighted.map(pillPath).join("")}
          strokeWidth={2}
          className="pointer-events-none fill-stone-900 stroke-accent-600 dark:fill-white dark:stroke-red-300"
        />
      )}
    </>
  );
}

export const ClusterMarkView = memo(function ClusterMarkView({
  mark,
  tabbable,
}: {
  mark: ClusterMark;
  tabbable: boolean;
}) {
  const count = mark.entries.length;
  return (
    <text
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={
        mark.yearOnly
          ? `${count} policies dated only to ${mark.yearOnly.year}, with no month or day. Zoom in to the year.`
          : `${count} policies, ${dayText(mark.start)} to ${dayText(mark.end - 1)}. Zoom in to see them.`
      }
      data-key={mark.key}
      x={mark.x}
      y={mark.y}
      dy="0.35em"
      textAnchor="middle"
      pointerEvents="bounding-box"
      className="cursor-zoom-in fill-white text-[10px] font-semibold dark:fill-stone-900"
    >
      {count}
    </text>
  );
});
