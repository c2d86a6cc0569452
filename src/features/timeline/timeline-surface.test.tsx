import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ChartCaptureContext } from "@/components/chart-figure/chart-capture";
import { toOrdinal } from "@/core/calendar-date";
import { buildLanes } from "@/domain/timeline/lanes";
import { layoutTimeline } from "@/domain/timeline/layout-timeline";
import { buildPolicy } from "../../../tests/factories/policies";
import { rangeLimits } from "@/domain/timeline/visible-range";
import { TimelineSurface } from "@/features/timeline/timeline-surface";

// Forty lanes of fifteen policies a week apart: 600 marks, more than worth drawing off screen.
const BODIES = Array.from({ length: 40 }, (_, at) => `l${String(at).padStart(2, "0")}`);
const policies = BODIES.flatMap((body) =>
  Array.from({ length: 15 }, (_, week) =>
    buildPolicy({
      id: `${body}-${week}`,
      date: `2023-${String(1 + Math.floor(week / 4)).padStart(2, "0")}-${String(1 + (week % 4) * 7).padStart(2, "0")}`,
      issuers: [body],
    }),
  ),
);
const range = { start: toOrdinal(2022, 12, 25), end: toOrdinal(2023, 5, 1) };
const layout = layoutTimeline(buildLanes(policies, { leadOnly: false, order: "name" }), range, 800);

function renderSurface({ capturing = false } = {}) {
  const user = userEvent.setup();
  render(
    <ChartCaptureContext value={capturing}>
      <TimelineSurface
        layout={layout}
        limits={rangeLimits(range)}
        label="Policy timeline"
        selectedId={null}
        pinned={new Set()}
        onActivate={vi.fn()}
        onRange={vi.fn()}
        onEscape={vi.fn()}
      />
    </ChartCaptureContext>,
  );
  const lanes = BODIES.map((body) =>
    screen.getByRole("group", { name: `${body.toUpperCase()}, Body ${body.toUpperCase()}` }),
  );
  // A lane's own label is one button; drawn marks are more.
  const drawn = lanes.map((lane) => within(lane).getAllByRole("button").length > 1);
  return { user, lanes, drawn };
}

describe("the timeline surface with many marks", () => {
  it("labels every lane but draws marks only in lanes near the viewport", () => {
    expect(layout.markCount).toBe(600);
    const { drawn } = renderSurface();
    const firstUndrawn = drawn.indexOf(false);
    // jsdom's viewport is 768 px tall; the plot starts at its top.
    expect(firstUndrawn).toBeGreaterThan(768 / 46);
    expect(drawn.slice(firstUndrawn).every((shown) => !shown)).toBe(true);
  });

  it("moves by arrow key into a lane drawn without marks", async () => {
    const { user, lanes, drawn } = renderSurface();
    const below = drawn.indexOf(false);
    const [above, target] = [lanes[below - 1], lanes[below]];
    if (!above || !target) throw new Error("every lane is drawn");
    within(above)
      .getAllByRole("button", { name: /^Policy news/ })[0]
      ?.focus();
    await user.keyboard("{ArrowDown}");
    // The first policy of the lane below, drawn for the move.
    expect(within(target).getAllByRole("button", { name: /^Policy news/ })[0]).toHaveFocus();
  });

  it("draws every lane while an export captures the chart", () => {
    expect(renderSurface({ capturing: true }).drawn.every(Boolean)).toBe(true);
  });
});
