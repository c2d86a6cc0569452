// Long enough for the browser to start the download; revoking at once can cancel it.
const REVOKE_AFTER_MS = 60_000;

/** Offers a file for download under `fileName`, entirely in the browser. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
