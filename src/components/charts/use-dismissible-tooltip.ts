import { useEffect, useRef, useState } from "react";

/**
 * A chart tooltip that goes away when asked: a tap or click outside the chart, or Escape
 * (WCAG 1.4.13). Recharts hides it only when a mouse leaves the chart, which a finger never does
 * once a tapped bar has redrawn the chart. The next pointer move or tap inside shows it again.
 * Spread `active` on the Tooltip (undefined leaves it to Recharts), the rest on a wrapper.
 */
export function useDismissibleTooltip() {
  const ref = useRef<HTMLDivElement>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) =>
      setDismissed(!(event.target instanceof Node && ref.current?.contains(event.target)));
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") setDismissed(true);
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, []);
  return {
    active: dismissed ? false : undefined,
    wrapper: { ref, onPointerMove: dismissed ? () => setDismissed(false) : undefined },
  };
}
