import { useEffect, useRef, useState, type ReactNode } from "react";
import { takeTurn, type Loaded } from "@/components/deferred/turn-queue";

interface DeferredPartProps<M> {
  /** The part's height in pixels: an empty box of it holds the place until the part draws. */
  height: number;
  /** Loads the part's module (a dynamic import); its turn waits for it. */
  load: () => Promise<M>;
  /**
   * Draws the part from its module, `width` pixels wide: the width its place had, so a chart
   * sized by a ResizeObserver can draw in this render rather than after measuring itself.
   */
  children: (module: M, width: number) => ReactNode;
}

/**
 * A heavy part drawn in its turn (see `takeTurn`), after the page around it. The box in its
 * place meanwhile has its exact height, so its arrival moves nothing on screen. Holding the
 * module itself, the part renders as soon as granted, where a lazy component would suspend.
 */
export function DeferredPart<M>({ height, load, children }: DeferredPartProps<M>) {
  const box = useRef<HTMLDivElement>(null);
  const [granted, setGranted] = useState<{ loaded: Loaded<M>; width: number } | null>(null);
  useEffect(() => {
    if (granted) return;
    return takeTurn(load, (loaded) =>
      setGranted({ loaded, width: box.current?.getBoundingClientRect().width ?? 0 }),
    );
  }, [load, granted]);
  if (!granted) return <div ref={box} aria-hidden="true" style={{ height }} />;
  // A failed download reaches the error boundary like any render error.
  if ("error" in granted.loaded) throw granted.loaded.error;
  return children(granted.loaded.module, granted.width);
}
