import { useEffect } from "react";

/**
 * User-timing marks the benchmarks read (npm run bench): call `startInteraction("news:search")`
 * in the event handler, and `useInteractionMeasure("news:search", [deps])` in the component that
 * shows the result; the measure spans event to committed render.
 */
export function startInteraction(name: string): void {
  performance.mark(`${name}:start`);
}

export function useInteractionMeasure(name: string, deps: readonly unknown[]): void {
  useEffect(() => {
    if (performance.getEntriesByName(`${name}:start`, "mark").length === 0) return;
    performance.measure(name, `${name}:start`);
    performance.clearMarks(`${name}:start`);
    // The caller's deps decide when a new result has rendered.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}
