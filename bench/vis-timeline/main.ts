/**
 * The peer: vis-timeline drawing the items of items.json (our lanes as groups) in the
 * configuration named by `?config=` (configs.ts). It marks "vis:render:start" before creating
 * the timeline and "vis:render" at vis-timeline's first `changed` event; the bench times both
 * pages alike, from the start mark to the first painted frame showing items, and reports the
 * `changed` event beside it.
 */
import { Timeline } from "vis-timeline/standalone";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import { z } from "zod";
import { isVisConfigId, shortLabel, VIS_CONFIGS } from "./configs";

const VisDataSchema = z.object({
  groups: z.array(z.object({ id: z.string(), content: z.string(), order: z.number() })),
  items: z.array(
    z.object({ id: z.string(), group: z.string(), start: z.string(), content: z.string() }),
  ),
  window: z.object({ start: z.string(), end: z.string() }),
});

async function main() {
  const container = document.getElementById("timeline");
  if (!container) throw new Error("no #timeline element");
  const asked = new URLSearchParams(location.search).get("config") ?? "boxes-stacked";
  if (!isVisConfigId(asked)) throw new Error(`no vis-timeline configuration '${asked}'`);
  const config = VIS_CONFIGS[asked];
  const response = await fetch(`${import.meta.env.BASE_URL}items.json`);
  const data = VisDataSchema.parse(await response.json());
  const items = data.items.map((item) => ({
    ...item,
    type: config.type,
    content: shortLabel(item.content, config.labelChars),
  }));
  performance.mark("vis:render:start");
  const timeline = new Timeline(container, items, data.groups, {
    start: data.window.start,
    end: data.window.end,
    stack: config.stack,
    groupOrder: "order",
    width: "100%",
    ...(config.height === null ? {} : { height: `${config.height}px` }),
    ...(config.cluster ? { cluster: { titleTemplate: "{count} documents" } } : {}),
  });
  const onChanged = () => {
    timeline.off("changed", onChanged);
    performance.measure("vis:render", "vis:render:start");
  };
  timeline.on("changed", onChanged);
}

void main();
