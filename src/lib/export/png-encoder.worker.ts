/*
 * Encodes a drawn bitmap as PNG off the main thread. Chrome encodes a main-thread canvas in idle
 * time, which a busy page may not have for a second; a worker encodes at once and leaves the
 * page responsive. Each request brings its own reply port.
 */
async function encode(bitmap: ImageBitmap): Promise<Blob> {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext("bitmaprenderer");
  if (!context) throw new Error("This browser cannot encode images in the background.");
  context.transferFromImageBitmap(bitmap);
  return canvas.convertToBlob({ type: "image/png" });
}

addEventListener("message", (event: MessageEvent<unknown>) => {
  const [port] = event.ports;
  const bitmap = event.data;
  if (!port || !(bitmap instanceof ImageBitmap)) return;
  encode(bitmap).then(
    (blob) => port.postMessage(blob),
    (error: unknown) => port.postMessage(error instanceof Error ? error.message : String(error)),
  );
});
