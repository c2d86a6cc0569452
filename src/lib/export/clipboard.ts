const USE_DOWNLOAD = "Use Download PNG instead.";

function clipboardUnavailableReason(): string | null {
  if (window.isSecureContext === false) {
    return `Copying images needs a secure (https) page. ${USE_DOWNLOAD}`;
  }
  if (typeof ClipboardItem !== "function" || typeof navigator.clipboard?.write !== "function") {
    return `This browser cannot copy images to the clipboard. ${USE_DOWNLOAD}`;
  }
  if (typeof ClipboardItem.supports === "function" && !ClipboardItem.supports("image/png")) {
    return `This browser cannot copy PNG images to the clipboard. ${USE_DOWNLOAD}`;
  }
  return null;
}

/**
 * Copies a PNG to the clipboard and says what happened, in words for the status line. The write
 * starts at once with a pending image, so browsers that require a user gesture still allow it.
 */
export async function copyPngToClipboard(renderPng: () => Promise<Blob>): Promise<string> {
  const unavailable = clipboardUnavailableReason();
  if (unavailable) return unavailable;
  try {
    await navigator.clipboard.write([new ClipboardItem({ "image/png": renderPng() })]);
    return "Copied the chart image to the clipboard.";
  } catch (error) {
    if (error instanceof DOMException && error.name === "NotAllowedError") {
      return `The browser did not allow copying to the clipboard. ${USE_DOWNLOAD}`;
    }
    const reason = error instanceof Error ? error.message : String(error);
    return `Copying failed: ${reason} ${USE_DOWNLOAD}`;
  }
}
