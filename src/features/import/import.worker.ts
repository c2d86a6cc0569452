/// <reference lib="webworker" />
/**
 * Reads an import off the page's thread: PDF text extraction (PDF.js) and the brief parser.
 * Plain postMessage: one request at a time with progress events needs no RPC layer.
 */
import { extractPdfText, PdfReadError, type PdfJs } from "@/ingest/pdf-text";
import type { ImportRequest, ImportResponse } from "./import-protocol";
import { readBriefJson, readBriefText } from "./read-brief";

const post = (message: ImportResponse) => self.postMessage(message);

let pdfjsLoading: Promise<PdfJs> | null = null;

/**
 * PDF.js (1.7 MB) loads when the first PDF comes, so a text or JSON import never parses it. Its
 * worker module, loaded beside it, makes it parse in this thread rather than start a worker of
 * its own.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsLoading ??= Promise.all([
    import("pdfjs-dist/build/pdf.worker.min.mjs"),
    import("pdfjs-dist"),
  ]).then(
    ([, pdfjs]) => pdfjs,
    (error: unknown) => {
      pdfjsLoading = null; // a failed download is tried again with the next PDF
      throw error;
    },
  );
  return pdfjsLoading;
}

async function readPdf(bytes: Uint8Array): Promise<string> {
  return extractPdfText(bytes, await loadPdfJs(), (progress) =>
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
