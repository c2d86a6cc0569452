/**
 * A PDF's text through PDF.js, page by page, rebuilt into the reading order the brief parser
 * reads. The PDF.js module is passed in: the browser gives its modern build (in the import
 * worker), the CLI the legacy build that runs on Node 20.
 */
import type { getDocument } from "pdfjs-dist";
import { rebuildReadingOrder, type PdfPageText, type PdfTextItem } from "./pdf-reading-order";

export interface PdfJs {
  getDocument: typeof getDocument;
}

export const PDF_NO_TEXT =
  "this PDF has no text we can read (it may be a scan); paste the text instead";
export const PDF_PASSWORD =
  "this PDF is protected by a password; save it without the password (or print it to a new PDF), or paste its text instead";

/** A PDF that cannot be read, with a message for the person who gave it. */
export class PdfReadError extends Error {
  override name = "PdfReadError";
}

export interface PdfProgress {
  pagesRead: number;
  pages: number;
}

/** The PDF's text in reading order; throws a PdfReadError saying what is wrong with the file. */
export async function extractPdfText(
  bytes: Uint8Array,
  pdfjs: PdfJs,
  onProgress: (progress: PdfProgress) => void = () => undefined,
): Promise<string> {
  const task = pdfjs.getDocument({
    // PDF.js takes ownership of the buffer it is given; the caller keeps its own.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw toReadError(error);
  }
  try {
    const pages: PdfPageText[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const [, , width, height] = page.view;
      const content = await page.getTextContent();
      const items: PdfTextItem[] = content.items.flatMap((item) => {
        // Stryker disable next-line ConditionalExpression,StringLiteral: an empty item kept would be dropped as blank by the reading order and the no-text check anyway
        if (!("str" in item) || item.str === "") return [];
        const [, , , scaleY, x, y] = item.transform as number[];
        return [
          {
            text: item.str,
            x: x ?? 0,
            y: y ?? 0,
            width: item.width,
            height: item.height || Math.abs(scaleY ?? 0),
          },
        ];
      });
      pages.push({ width: width ?? 0, height: height ?? 0, items });
      page.cleanup();
      onProgress({ pagesRead: number, pages: document.numPages });
    }
    if (pages.every((page) => page.items.every((item) => item.text.trim() === ""))) {
      throw new PdfReadError(PDF_NO_TEXT);
    }
    return rebuildReadingOrder(pages);
  } catch (error) {
    throw toReadError(error);
  } finally {
    await document.destroy();
  }
}

function toReadError(error: unknown): PdfReadError {
  if (error instanceof PdfReadError) return error;
  // Stryker disable next-line StringLiteral: the name only matters as "PasswordException", which no fallback is
  const name = error instanceof Error ? error.name : "";
  const reason = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException") return new PdfReadError(PDF_PASSWORD);
  return new PdfReadError(
    `this PDF is damaged or incomplete (${reason}); download or export it again, or paste its text instead`,
  );
}
