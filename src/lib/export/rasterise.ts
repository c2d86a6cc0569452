let encoder: Worker | undefined;

function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  return image.decode().then(
    () => image,
    () => {
      throw new Error("The chart image could not be drawn.");
    },
  );
}

/** A macrotask without timers, which browsers may throttle. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

function encodeInWorker(bitmap: ImageBitmap): Promise<Blob> {
  encoder ??= new Worker(new URL("./png-encoder.worker.ts", import.meta.url), { type: "module" });
  const worker = encoder;
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<unknown>) =>
      event.data instanceof Blob
        ? resolve(event.data)
        : reject(new Error(`The PNG could not be encoded: ${String(event.data)}`));
    worker.postMessage(bitmap, [bitmap, channel.port2]);
  });
}

function encodeOnPage(image: HTMLImageElement, width: number, height: number): Promise<Blob> {
  const canvas = Object.assign(document.createElement("canvas"), { width, height });
  const context = canvas.getContext("2d");
  if (!context) throw new Error("This browser cannot draw images.");
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The PNG could not be encoded."))),
      "image/png",
    ),
  );
}

/**
 * Draws an SVG document into a PNG at `density` device pixels per CSS pixel. The browser
 * renders the vector image at the target size, so a 3× export is sharp, not upscaled; the PNG
 * is encoded in a worker where the browser has them.
 */
export async function rasteriseSvg(
  svg: string,
  size: { width: number; height: number },
  density: number,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = await loadImage(url);
    // Fonts inside an SVG image finish a task after decoding, even when already decoded once.
    await nextTask();
    const width = Math.round(size.width * density);
    const height = Math.round(size.height * density);
    if (typeof OffscreenCanvas !== "function" || typeof Worker !== "function") {
      return await encodeOnPage(image, width, height);
    }
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("This browser cannot draw images.");
    context.drawImage(image, 0, 0, width, height);
    return await encodeInWorker(canvas.transferToImageBitmap());
  } finally {
    URL.revokeObjectURL(url);
  }
}
