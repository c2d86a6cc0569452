import { startTransition, useEffect, useState } from "react";

/**
 * A value that follows `value` once it has rested: `delayOf(settled, next)` says how long a
 * change must stay before it is taken (0: in the next task). The update is a transition, so
 * it never holds up input. Costly views that need not follow every keystroke (a chart, facet
 * counts) read the settled value; the list reads the value itself.
 */
export function useSettledValue<T>(value: T, delayOf: (settled: T, next: T) => number): T {
  const [settled, setSettled] = useState(value);
  const delay = Object.is(settled, value) ? null : delayOf(settled, value);
  useEffect(() => {
    if (delay === null) return;
    const timer = window.setTimeout(() => startTransition(() => setSettled(value)), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
