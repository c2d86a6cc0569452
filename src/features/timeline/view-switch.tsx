import { ChoiceGroup } from "@/components/ui/choice-group";
import { LANE_ORDERS, type LaneOrder, type TimelineView } from "@/domain/timeline/timeline-filters";

const VIEWS: { value: TimelineView; label: string }[] = [
  { value: "timeline", label: "Timeline" },
  { value: "list", label: "List" },
  { value: "co-issuance", label: "Co-issuance" },
];

const LANE_ORDER_NAMES: Record<LaneOrder, string> = {
  count: "Number of policies",
  name: "Name",
  kind: "Kind of body",
};

/** Timeline, list or co-issuance matrix; and, for the timeline, how lanes are ordered. */
export function ViewSwitch({
  view,
  laneOrder,
  onView,
  onLaneOrder,
}: {
  view: TimelineView;
  laneOrder: LaneOrder;
  onView: (view: TimelineView) => void;
  onLaneOrder: (order: LaneOrder) => void;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <ChoiceGroup label="View" options={VIEWS} value={view} onChange={onView} className="" />
      {view === "timeline" && (
        <label className="flex items-center gap-2 text-sm">
          Order lanes by
          <select
            value={laneOrder}
            onChange={(event) => {
              const order = LANE_ORDERS.find((candidate) => candidate === event.target.value);
              if (order) onLaneOrder(order);
            }}
            className="rounded-md border border-stone-300 bg-white px-2 py-1 dark:border-stone-700 dark:bg-stone-900"
          >
            {LANE_ORDERS.map((order) => (
              <option key={order} value={order}>
                {LANE_ORDER_NAMES[order]}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
