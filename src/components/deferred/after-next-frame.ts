/**
 * Runs `callback` in a browser task of its own once the next frame is drawn; returns a cancel
 * function. Work started there joins neither the render about to be drawn nor the frame's own
 * work (a chart sized by a ResizeObserver draws its content in that frame).
 */
export function afterNextFrame(callback: () => void): () => void {
  let timer = 0;
  const frame = window.requestAnimationFrame(() => {
    timer = window.setTimeout(callback, 0);
  });
  return () => {
    window.cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
