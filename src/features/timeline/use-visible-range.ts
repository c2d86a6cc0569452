import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import type { DayRange } from "@/domain/timeline/time-scale";
import { toIsoRange } from "@/domain/timeline/visible-range";
import { startInteraction } from "@/lib/perf";

/** Writes a range to the URL: null means "fit to the policies". */
export type CommitRange = (range: DayRange | null, history: "push" | "replace") => void;

const GESTURE_REST_MS = 400;

function keyOf(range: DayRange): string {
  const { start, end } = toIsoRange(range);
  return `${start}/${end}`;
}

/**
 * The range on screen. Gestures (wheel, drag, pinch) move it at once, one update per frame,
 * and write it to the URL (replacing) once they rest; buttons and keys write at once (pushing),
 * so back and forward step through them. A new range from the URL (back, a link) wins.
 * Updates are transitions: React renders the new marks in slices and drops a frame that a
 * newer wheel event has already superseded, so zooming never blocks input with a long task.
 */
export function useVisibleRange(committed: DayRange, onCommit: CommitRange) {
  const committedKey = keyOf(committed);
  const [state, setState] = useState({ key: committedKey, range: committed });
  let range = state.range;
  if (state.key !== committedKey) {
    range = committed;
    setState({ key: committedKey, range: committed });
  }

  const latest = useRef(range);
  const onCommitRef = useRef(onCommit);
  const pending = useRef<((range: DayRange) => DayRange)[]>([]);
  const frame = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    latest.current = range;
    onCommitRef.current = onCommit;
  });
  // A range from elsewhere (a filter refitting the view, back) cancels a gesture's late write.
  useEffect(() => () => window.clearTimeout(timer.current), [committedKey]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const preview = useCallback((change: (range: DayRange) => DayRange) => {
    pending.current.push(change);
    if (!frame.current) {
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        const changes = pending.current.splice(0);
        startInteraction("timeline:zoom");
        startTransition(() =>
          setState((current) => ({
            key: current.key,
            range: changes.reduce((value, apply) => apply(value), current.range),
          })),
        );
      });
    }
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const next = latest.current;
      setState({ key: keyOf(next), range: next });
      onCommitRef.current(next, "replace");
    }, GESTURE_REST_MS);
  }, []);

  const commit = useCallback((next: DayRange | null) => {
    window.clearTimeout(timer.current);
    if (next) startTransition(() => setState({ key: keyOf(next), range: next }));
    onCommitRef.current(next, "push");
  }, []);

  return { range, preview, commit };
}
