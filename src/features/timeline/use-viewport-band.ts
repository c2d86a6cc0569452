import { useLayoutEffect, useState, type RefObject } from "react";
import { viewportBand, type Band } from "@/domain/timeline/lane-window";

/** The band moves in steps of this many pixels, so a scroll redraws lanes only now and then. */
const STEP = 100;

function bandOf(top: number): Band {
  const height = window.innerHeight;
  return viewportBand(top, height, height / 4, STEP);
}

/**
 * The stretch of `ref`'s element worth drawing, in its own coordinates: what the viewport
 * shows of it and a quarter viewport more above and below, followed on scroll and resize (at
 * most once a frame). It listens only while `enabled`; before the first measure it assumes the
 * element starts at the top of the viewport.
 */
export function useViewportBand(ref: RefObject<Element | null>, enabled: boolean): Band {
  const [band, setBand] = useState(() => bandOf(0));
  useLayoutEffect(() => {
    if (!enabled) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const element = ref.current;
      if (!element) return;
      const next = bandOf(element.getBoundingClientRect().top);
      setBand((current) =>
        current.top === next.top && current.bottom === next.bottom ? current : next,
      );
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener("scroll", schedule, { passive: true, capture: true });
    window.addEventListener("resize", schedule, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule, { capture: true });
      window.removeEventListener("resize", schedule);
    };
  }, [ref, enabled]);
  return band;
}
