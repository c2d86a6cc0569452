import { useEffect, useRef, type PointerEvent, type RefObject, type MouseEvent } from "react";
import type { DayRange, TimeScale } from "@/domain/timeline/time-scale";
import { panRange, zoomRange, type RangeLimits } from "@/domain/timeline/visible-range";

interface GestureOptions {
  scale: TimeScale;
  /** Where the plot starts inside the element, after the lane labels. */
  plotLeft: number;
  axisHeight: number;
  limits: RangeLimits;
  preview: (change: (range: DayRange) => DayRange) => void;
  /** A plain wheel over the lanes scrolls the page; the chart says how to zoom instead. */
  onWheelHint: () => void;
}

/** Pixels a pointer must travel before a press becomes a drag rather than a click. */
const DRAG_THRESHOLD = 4;
const WHEEL_ZOOM_RATE = 0.002;

/**
 * Mouse wheel, drag and touch for the timeline. Wheel over the axis zooms; over the lanes it
 * zooms with Ctrl or ⌘ (as a trackpad pinch does), so the page still scrolls past a tall chart;
 * Shift or a sideways wheel pans. One finger or the mouse drags; two fingers pinch.
 */
export function useZoomGestures(ref: RefObject<HTMLElement | null>, options: GestureOptions) {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const pointers = useRef(new Map<number, number>());
  const drag = useRef({ moved: 0, pinch: 0, suppressClick: false });

  const dayAt = (clientX: number): number => {
    const { scale, plotLeft } = latest.current;
    return scale.toDay(clientX - (ref.current?.getBoundingClientRect().left ?? 0) - plotLeft);
  };

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      const { scale, axisHeight, limits, preview, onWheelHint } = latest.current;
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
      const sideways = event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY);
      const overAxis = event.clientY - element.getBoundingClientRect().top < axisHeight;
      if (sideways) {
        event.preventDefault();
        const delta = (event.shiftKey ? event.deltaY || event.deltaX : event.deltaX) * unit;
        preview((range) => panRange(range, delta / scale.pxPerDay, limits));
      } else if (overAxis || event.ctrlKey || event.metaKey) {
        event.preventDefault();
        const factor = Math.exp(event.deltaY * unit * WHEEL_ZOOM_RATE);
        const anchor = dayAt(event.clientX);
        preview((range) => zoomRange(range, factor, anchor, limits));
      } else {
        onWheelHint();
      }
    };
    element.addEventListener("wheel", onWheel, { passive: false });
    return () => element.removeEventListener("wheel", onWheel);
    // dayAt reads refs only; the listener is attached once per element.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref]);

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.pointerType === "mouse" && event.button !== 0) return;
    pointers.current.set(event.pointerId, event.clientX);
    drag.current = { moved: 0, pinch: 0, suppressClick: false };
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const previous = pointers.current.get(event.pointerId);
    if (previous === undefined) return;
    pointers.current.set(event.pointerId, event.clientX);
    const { scale, limits, preview } = latest.current;
    const state = drag.current;
    if (pointers.current.size === 1) {
      const dx = event.clientX - previous;
      state.moved += Math.abs(dx);
      if (state.moved <= DRAG_THRESHOLD) return;
      if (!event.currentTarget.hasPointerCapture(event.pointerId)) {
        event.currentTarget.setPointerCapture(event.pointerId);
      }
      preview((range) => panRange(range, -dx / scale.pxPerDay, limits));
    } else if (pointers.current.size === 2) {
      const [a = 0, b = 0] = [...pointers.current.values()];
      const distance = Math.abs(a - b);
      if (state.pinch > 0 && distance > 0) {
        const factor = state.pinch / distance;
        const anchor = dayAt((a + b) / 2);
        preview((range) => zoomRange(range, factor, anchor, limits));
      }
      state.pinch = distance;
      state.moved += DRAG_THRESHOLD + 1;
    }
  };

  const onPointerEnd = (event: PointerEvent<HTMLElement>) => {
    pointers.current.delete(event.pointerId);
    drag.current.pinch = 0;
    if (drag.current.moved > DRAG_THRESHOLD) drag.current.suppressClick = true;
  };

  // A drag that ends over a mark must not also open it.
  const onClickCapture = (event: MouseEvent<HTMLElement>) => {
    if (!drag.current.suppressClick) return;
    drag.current.suppressClick = false;
    event.stopPropagation();
  };

  return {
    onPointerDown,
    onPointerMove,
    onPointerUp: onPointerEnd,
    onPointerCancel: onPointerEnd,
    onClickCapture,
  };
}
