import { act, fireEvent, render, screen } from "@testing-library/react";
import { useLayoutEffect } from "react";
import { ErrorBoundary } from "react-error-boundary";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { allowConsoleError } from "../../../tests/console-guard";
import { DeferredPart } from "@/components/deferred/deferred-part";

const PARTS = ["Sectors", "Numbers", "Deadlines"] as const;

/** Each drawn part notes how many parts the page shows once it is in: one more each commit. */
let drawnWith: string[] = [];
function Part({ name, width }: { name: string; width: number }) {
  useLayoutEffect(() => {
    drawnWith.push(`${name}: ${screen.queryAllByText(/ px$/).length}`);
  }, [name]);
  return <p>{`${name} at ${width} px`}</p>;
}

const partModule = { Part };
const loadPart = () => Promise.resolve(partModule);

function Page() {
  return PARTS.map((name) => (
    <DeferredPart key={name} height={120} load={loadPart}>
      {(module, width) => <module.Part name={name} width={width} />}
    </DeferredPart>
  ));
}

const shown = () => PARTS.filter((name) => screen.queryByText(new RegExp(`^${name}`)));

/** One frame and the task after it. */
async function nextFrame() {
  await act(() => vi.advanceTimersByTimeAsync(16));
}

describe("DeferredPart", () => {
  beforeEach(() => {
    drawnWith = [];
    vi.useFakeTimers({
      toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame"],
    });
  });
  afterEach(async () => {
    // The queue outlives a test: let it finish its frames before the clock is real again.
    await act(() => vi.runAllTimersAsync());
    vi.useRealTimers();
  });

  it("holds each part's place with an empty box of its height, then draws them one per turn", async () => {
    const { container } = render(<Page />);
    expect(shown()).toEqual([]);
    // The boxes have no role to find them by: they only hold the layout still.
    // eslint-disable-next-line testing-library/no-node-access
    const boxes = [...container.children];
    expect(
      boxes.map((box) => [box.getAttribute("aria-hidden"), box.getAttribute("style")]),
    ).toEqual(PARTS.map(() => ["true", "height: 120px;"]));

    const seen: string[][] = [];
    for (let frame = 0; frame < 8; frame++) {
      await nextFrame();
      seen.push(shown());
    }
    expect([...new Set(seen.map((names) => names.join()))]).toEqual([
      "",
      "Sectors",
      "Sectors,Numbers",
      "Sectors,Numbers,Deadlines",
    ]);
    expect(drawnWith).toEqual(["Sectors: 1", "Numbers: 2", "Deadlines: 3"]);
    // jsdom lays nothing out: the part gets the width its box had, here none.
    expect(screen.getByText("Sectors at 0 px")).toBeInTheDocument();
  });

  it("draws every waiting part whose code is in as soon as the reader acts", async () => {
    render(<Page />);
    while (shown().length === 0) await nextFrame();
    expect(shown()).toEqual(["Sectors"]);
    fireEvent.keyDown(document.body, { key: "Tab" });
    await act(() => Promise.resolve());
    expect(shown()).toEqual(PARTS);
    expect(drawnWith).toEqual(["Sectors: 1", "Numbers: 3", "Deadlines: 3"]);
  });

  it("passes a part that failed to load to the error boundary", async () => {
    allowConsoleError(/chunk unavailable/);
    render(
      <ErrorBoundary fallback={<p>The chart could not load.</p>}>
        <DeferredPart height={120} load={() => Promise.reject(new Error("chunk unavailable"))}>
          {() => <p>never drawn</p>}
        </DeferredPart>
      </ErrorBoundary>,
    );
    while (!screen.queryByText("The chart could not load.")) await nextFrame();
    expect(screen.queryByText("never drawn")).not.toBeInTheDocument();
  });
});
