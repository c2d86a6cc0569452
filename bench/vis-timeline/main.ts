/**
 * The peer: vis-timeline drawing the items of items.json (our lanes as groups). It marks
 * "vis:render:start" before creating the timeline and "vis:render" once vis reports its first
 * redraw; the bench times both pages alike, from the start mark to the first frame showing items.
 */
import { Timeline } from "vis-timeline/standalone";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import { z } from "zod";

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
  const response = await fetch(`${import.meta.env.BASE_URL}items.json`);
  const data = VisDataSchema.parse(await response.json());
  performance.mark("vis:render:start");
  const timeline = new Timeline(container, data.items, data.groups, {
    start: data.window.start,
    end: data.window.end,
    stack: true,
    groupOrder: "order",
    width: "100%",
  });
  const onChanged = () => {
    timeline.off("changed", onChanged);
    performance.measure("vis:render", "vis:render:start");
  };
  timeline.on("changed", onChanged);
}

void main();
