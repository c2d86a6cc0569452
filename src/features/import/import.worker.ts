/// <reference lib="webworker" />
/**
 * Reads an import off the page's thread: PDF text extraction (PDF.js, loaded only here) and the
 * brief parser. Plain postMessage: one request at a time with progress events needs no RPC layer.
 */
import { extractPdfText, PdfReadError } from "@/ingest/pdf-text";
import type { ImportRequest, ImportResponse } from "./import-protocol";
import { readBriefJson, readBriefText } from "./read-brief";

const post = (message: ImportResponse) => self.postMessage(message);

// PDF.js runs its own parser in-thread when its worker module is loaded: this is the worker.
// Loaded as soon as the worker starts (when /import opens), not when a PDF arrives: its megabyte
// of code then compiles while the analyst is still choosing the file.
const pdfjsLoaded = import("pdfjs-dist/build/pdf.worker.min.mjs").then(() => import("pdfjs-dist"));
// A file that is not a PDF never needs it; a PDF read reports the failure then.
pdfjsLoaded.catch(() => undefined);

async function readPdf(bytes: Uint8Array): Promise<string> {
  return extractPdfText(bytes, await pdfjsLoaded, (progress) =>
    post({ type: "progress", ...progress }),
  );
}

self.onmessage = async ({ data: request }: MessageEvent<ImportRequest>) => {
  try {
    if (request.type === "reread") {
      post({
        type: "text",
        text: request.text,
        ...readBriefText(request.text, request.registries, request.annotations),
      });
      return;
    }
    const { input, registries } = request;
    if (input.kind === "json") {
      const read = readBriefJson(input.name, input.text, registries);
      post(
        read.ok ? { type: "json", brief: read.brief } : { type: "failed", problems: read.problems },
      );
      return;
    }
    const text = input.kind === "pdf" ? await readPdf(input.bytes) : input.text;
    post({ type: "text", text, ...readBriefText(text, registries) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const name = request.type === "read" ? request.input.name : "the text";
    post({
      type: "failed",
      problems: [
        error instanceof PdfReadError
          ? `${name}: ${reason}`
          : `${name} could not be read: ${reason}`,
      ],
    });
  }
};
