import { LANE_ORDERS, type LaneOrder, type TimelineView } from "@/domain/timeline/timeline-filters";

const VIEWS: { view: TimelineView; label: string }[] = [
  { view: "timeline", label: "Timeline" },
  { view: "list", label: "List" },
  { view: "co-issuance", label: "Co-issuance" },
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
      <div
        role="group"
        aria-label="View"
        className="inline-flex rounded-md border border-stone-300 p-0.5 dark:border-stone-700"
      >
        {VIEWS.map((option) => (
          <button
            key={option.view}
            type="button"
            aria-pressed={view === option.view}
            onClick={() => onView(option.view)}
            className="rounded px-3 py-1 text-sm aria-pressed:bg-accent-700 aria-pressed:text-white hover:bg-stone-100 aria-pressed:hover:bg-accent-700 dark:hover:bg-stone-800"
          >
            {option.label}
          </button>
        ))}
      </div>
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
