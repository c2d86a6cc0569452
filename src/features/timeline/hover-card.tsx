import { AddedOnDeviceMark } from "@/components/entities/added-on-device-mark";
import { ZhText } from "@/components/entities/zh-text";
import { BODY_KIND_LABELS } from "@/core/body-kinds";
import { formatCalendarDate, formatOrdinal } from "@/core/calendar-date";
import type { LaneMark } from "@/domain/timeline/cluster-lane";
import type { Lane } from "@/domain/timeline/lanes";
import { ITEM_KINDS } from "@/core/item-kinds";
import { policyTitle } from "@/domain/timeline/policy-label";
import { countText } from "@/lib/count-text";

function LaneCard({ lane }: { lane: Lane }) {
  const count = countText(lane.entries.length, "policy", "policies");
  if (!lane.body) return <p>Issuing body not in the registry · {count}</p>;
  return (
    <>
      <p className="font-semibold">{lane.body.acronym}</p>
      <p>{lane.body.nameEn}</p>
      <ZhText>{lane.body.nameZh}</ZhText>
      <p className="mt-1 text-stone-500 dark:text-stone-400">
        {BODY_KIND_LABELS[lane.body.kind]} · {count}
      </p>
    </>
  );
}

function MarkCard({ mark }: { mark: LaneMark }) {
  if (mark.type === "cluster") {
    const shown = mark.entries.slice(0, 3);
    return (
      <>
        <p className="font-semibold">
          {mark.yearOnly
            ? `${mark.entries.length} policies dated only to ${mark.yearOnly.year}`
            : `${mark.entries.length} policies, ${formatOrdinal(mark.start)} – ${formatOrdinal(mark.end - 1)}`}
        </p>
        <ul className="mt-1 list-disc pl-4">
          {shown.map((entry) => (
            <li key={entry.policy.id}>{policyTitle(entry.policy)}</li>
          ))}
        </ul>
        {mark.entries.length > shown.length && <p>and {mark.entries.length - shown.length} more</p>}
        <p className="mt-1 text-stone-500 dark:text-stone-400">
          Tap, click or press Enter to zoom in
        </p>
      </>
    );
  }
  const { policy } = mark.entry;
  return (
    <>
      <p className="text-stone-500 dark:text-stone-400">
        {ITEM_KINDS[policy.kind].label} · {formatCalendarDate(policy.date)}
      </p>
      <p className="font-semibold">{policyTitle(policy)}</p>
      <p className="mt-1">
        {policy.issuingBodies
          .map(
            (body, at) =>
              `${body.acronym}${at === 0 && policy.issuingBodies.length > 1 ? " (lead)" : ""}`,
          )
          .join(" · ")}
      </p>
      {policy.added && (
        <p className="mt-1">
          <AddedOnDeviceMark added={policy.added} />
        </p>
      )}
      <p className="mt-1 text-stone-500 dark:text-stone-400">
        Tap, click or press Enter for details
      </p>
    </>
  );
}

/**
 * The tooltip over the chart for the mark or lane label under the pointer or focus. Screen
 * readers get the same facts from the mark's own label, so the card is hidden from them.
 */
export function HoverCard({
  mark,
  lane,
  left,
  top,
  flip,
}: {
  mark: LaneMark | null;
  lane: Lane;
  left: number;
  top: number;
  flip: boolean;
}) {
  return (
    <div
      aria-hidden="true"
      style={{ left, top, transform: flip ? "translateX(-100%)" : undefined }}
      className="pointer-events-none absolute z-10 w-72 rounded-md border border-stone-200 bg-white p-2.5 text-xs shadow-lg dark:border-stone-700 dark:bg-stone-900"
    >
      {mark ? <MarkCard mark={mark} /> : <LaneCard lane={lane} />}
    </div>
  );
}
