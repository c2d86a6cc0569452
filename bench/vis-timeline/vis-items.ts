/**
 * The bench-only vis-timeline page's data: the timeline's own lanes (one group per issuing
 * body, one item per appearance of a policy in a lane), written by Node as items.json.
 */
import type { Policy } from "../../src/data/model";
import { ordinalToIso } from "../../src/core/calendar-date";
import { buildLanes, policyExtent } from "../../src/domain/timeline/lanes";
import { policyTitle } from "../../src/domain/timeline/policy-label";
import { fitRange } from "../../src/domain/timeline/visible-range";

export interface VisData {
  /** `order` keeps our lane order (vis-timeline sorts groups otherwise). */
  groups: { id: string; content: string; order: number }[];
  items: { id: string; group: string; start: string; content: string }[];
  /** The window our timeline opens with: all policies, a little room at both ends. */
  window: { start: string; end: string };
}

/** Same lanes, same order, same positions (a mark's middle day) as our timeline's fit-all view. */
export function toVisData(policies: readonly Policy[]): VisData {
  const lanes = buildLanes(policies, { leadOnly: false, order: "count" });
  const extent = policyExtent(policies);
  if (!extent) throw new Error("no policies to draw");
  const fit = fitRange(extent);
  return {
    groups: lanes.map((lane, order) => ({
      id: lane.key,
      content: lane.body?.acronym ?? "Unknown",
      order,
    })),
    items: lanes.flatMap((lane) =>
      lane.entries.map((entry) => ({
        id: `${lane.key}/${entry.policy.id}`,
        group: lane.key,
        start: ordinalToIso(Math.floor(entry.at)),
        content: policyTitle(entry.policy),
      })),
    ),
    window: { start: ordinalToIso(Math.floor(fit.start)), end: ordinalToIso(Math.ceil(fit.end)) },
  };
}
