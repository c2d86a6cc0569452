import { memo } from "react";
import type { DocumentIndex } from "@/domain/documents/document-index";
import { headerKey } from "@/domain/timeline/keyboard-nav";
import { wrapText } from "@/domain/targets/layout-axis-labels";
import type { LaneLayout } from "@/domain/timeline/layout-timeline";
import { ClusterMarkView, ClusterPills, ItemMarkView } from "@/features/timeline/timeline-marks";
import { countText } from "@/lib/count-text";

/** Width of the lane labels left of the plot. */
export const LABEL_WIDTH = 92;
const NAME_FONT_SIZE = 12;
const NAME_X = 8;

/**
 * A lane's name in at most two lines that fit left of the plot ("State" / "Council"), rather
 * than one running under the marks; past two, the second ends in "…" (the full name is the
 * label's accessible name and shows on hover).
 */
export function toLaneNameLines(name: string): string[] {
  const lines = wrapText(name, LABEL_WIDTH - NAME_X - 6, NAME_FONT_SIZE);
  if (lines.length <= 2) return lines;
  return [lines[0] ?? "", `${lines[1] ?? ""}…`];
}

function describeLane({ lane }: LaneLayout, pinned: boolean): string {
  const count = countText(lane.entries.length, "policy", "policies");
  if (!lane.body) return `Issuing body not in the registry: ${count}.`;
  const { acronym, nameEn, nameZh } = lane.body;
  const action = pinned
    ? "Press Enter to remove it from the filter."
    : "Press Enter to filter by it.";
  return `${acronym}: ${nameEn}, ${nameZh}. ${count}. ${action}`;
}

/**
 * One issuing body's swimlane: its label (a button that filters by the body) and its marks,
 * unless `drawMarks` is off (a lane far from the viewport). Only the lane holding the roving tab
 * stop gets a `tabbableKey`; marks are memoised, so a highlight or a focus move re-renders only
 * the marks it changes.
 */
export const TimelineLaneRow = memo(function TimelineLaneRow({
  lane,
  striped,
  pinned,
  drawMarks,
  plotWidth,
  clipId,
  tabbableKey,
  highlightId,
  selectedId,
  documents,
}: {
  lane: LaneLayout;
  striped: boolean;
  pinned: boolean;
  drawMarks: boolean;
  plotWidth: number;
  /** Clips marks at the plot's edges (a clipPath of the plot's size, in lane coordinates). */
  clipId: string;
  tabbableKey: string | null;
  /** The document under the pointer or focus, emphasised wherever it appears. */
  highlightId: string | null;
  selectedId: string | null;
  documents: DocumentIndex | null;
}) {
  const header = headerKey(lane.lane.key);
  // Marks are keyed by position, not by policy: a zoom step regroups them, and updating the
  // attributes of existing elements costs far less than removing and creating them. Focus
  // follows the policy (use-timeline-keys), not the element.
  let items = 0;
  let clusters = 0;
  const name = lane.lane.body?.acronym ?? "Unknown";
  const lines = toLaneNameLines(name);
  return (
    <g
      role="group"
      aria-label={`${lane.lane.body ? `${lane.lane.body.acronym}, ${lane.lane.body.nameEn}` : "Unknown issuer"}`}
      transform={`translate(0 ${lane.top})`}
    >
      <rect
        width={LABEL_WIDTH + plotWidth}
        height={lane.height}
        aria-hidden="true"
        className={striped ? "fill-stone-100/70 dark:fill-stone-800/40" : "fill-transparent"}
      />
      <g
        role="button"
        tabIndex={tabbableKey === header ? 0 : -1}
        aria-label={describeLane(lane, pinned)}
        aria-pressed={pinned}
        data-key={header}
        className="group cursor-pointer"
      >
        <rect width={LABEL_WIDTH - 4} height={lane.height} className="fill-transparent" />
        <text
          x={NAME_X}
          y={lane.height / 2}
          className={`text-xs font-semibold group-hover:underline ${pinned ? "fill-accent-700 dark:fill-red-300" : "fill-stone-800 dark:fill-stone-100"}`}
        >
          {lines.at(-1)?.endsWith("…") && <title>{name}</title>}
          {lines.map((line, at) => (
            <tspan
              key={at}
              x={NAME_X}
              dy={at === 0 ? `${0.35 - (lines.length - 1) * 0.6}em` : "1.2em"}
            >
              {line}
            </tspan>
          ))}
        </text>
      </g>
      {drawMarks && (
        <g transform={`translate(${LABEL_WIDTH} 0)`} clipPath={`url(#${clipId})`}>
          <ClusterPills
            marks={lane.marks.filter((mark) => mark.type === "cluster")}
            highlightId={highlightId}
          />
          {lane.marks.map((mark) =>
            mark.type === "item" ? (
              <ItemMarkView
                key={`item-${(items += 1)}`}
                mark={mark}
                tabbable={tabbableKey === mark.key}
                highlighted={highlightId === mark.entry.policy.id}
                selected={selectedId === mark.entry.policy.id}
                documents={documents}
              />
            ) : (
              <ClusterMarkView
                key={`cluster-${(clusters += 1)}`}
                mark={mark}
                tabbable={tabbableKey === mark.key}
              />
            ),
          )}
        </g>
      )}
    </g>
  );
});
