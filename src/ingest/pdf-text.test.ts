import { describe, expect, it, vi } from "vitest";
import {
  extractPdfText,
  PDF_NO_TEXT,
  PDF_PASSWORD,
  PdfReadError,
  type PdfJs,
  type PdfProgress,
} from "./pdf-text";

interface FakeItem {
  str?: string;
  width?: number;
  height?: number;
  /** Baseline and font size: the item's transform is [size, 0, 0, size, x, y]. */
  x?: number;
  y?: number;
  size?: number;
}

/** A stand-in for PDF.js: A4 pages of the given text items, or a document that fails to open. */
function fakePdfJs(pages: FakeItem[][], openError?: unknown) {
  const destroyed = { task: 0, document: 0 };
  const document = {
    numPages: pages.length,
    getPage: (number: number) => {
      const items = pages[number - 1];
      if (!items) return Promise.reject(new Error(`no page ${number}`));
      return Promise.resolve({
        view: [0, 0, 595, 842],
        cleanup: () => undefined,
        getTextContent: () =>
          Promise.resolve({
            items: items.map((item) =>
              item.str === undefined
                ? { type: "beginMarkedContent" }
                : {
                    str: item.str,
                    width: item.width ?? item.str.length * 5,
                    height: item.height ?? 11,
                    transform: [
                      item.size ?? 11,
                      0,
                      0,
                      item.size ?? 11,
                      item.x ?? 72,
                      item.y ?? 700,
                    ],
                  },
            ),
          }),
      });
    },
    destroy: () => {
      destroyed.document += 1;
      return Promise.resolve();
    },
  };
  const getDocument = vi.fn(() => ({
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- PDF.js may reject with a non-Error
    promise: openError === undefined ? Promise.resolve(document) : Promise.reject(openError),
    destroy: () => {
      destroyed.task += 1;
      return Promise.resolve();
    },
  }));
  return { pdfjs: { getDocument } as unknown as PdfJs, getDocument, destroyed };
}

const bytes = new Uint8Array([37, 80, 68, 70]);

describe("extractPdfText", () => {
  it("reads every page in order, reports progress per page and closes the document", async () => {
    const { pdfjs, destroyed } = fakePdfJs([
      [{ str: "First page." }],
      [{ type: "marker" } as FakeItem, { str: "" }, { str: "Second page." }],
    ]);
    const progress: PdfProgress[] = [];
    const text = await extractPdfText(bytes, pdfjs, (step) => progress.push(step));
    expect(text).toBe("First page.\n\nSecond page.\n");
    expect(progress).toEqual([
      { pagesRead: 1, pages: 2 },
      { pagesRead: 2, pages: 2 },
    ]);
    expect(destroyed.document).toBe(1);
  });

  it("opens the PDF without eval or its embedded fonts, on a copy of the bytes, going past errors", async () => {
    const { pdfjs, getDocument } = fakePdfJs([[{ str: "Text." }]]);
    await extractPdfText(bytes, pdfjs);
    expect(getDocument).toHaveBeenCalledWith({
      data: bytes,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    });
    const [[params]] = getDocument.mock.calls as unknown as [[{ data: Uint8Array }]];
    expect(params.data).not.toBe(bytes);
  });

  it("takes an item's font size from its transform when PDF.js gives it no height", async () => {
    const { pdfjs } = fakePdfJs([
      [
        { str: "A sentence that wraps", y: 700, width: 400 },
        { str: "onto a second line.", y: 685, height: 0, size: -11 },
      ],
    ]);
    expect(await extractPdfText(bytes, pdfjs)).toBe("A sentence that wraps onto a second line.\n");
  });

  it.each([
    ["no items at all", [[], []]],
    ["only blanks", [[{ str: " " }], [{ str: "  " }]]],
  ])("says a PDF with %s has no text (a scan), and closes it", async (_, pages) => {
    const { pdfjs, destroyed } = fakePdfJs(pages);
    const read = extractPdfText(bytes, pdfjs);
    await expect(read).rejects.toThrow(new PdfReadError(PDF_NO_TEXT));
    await expect(read).rejects.toMatchObject({ name: "PdfReadError" });
    expect(destroyed.document).toBe(1);
  });

  it("reads a PDF whose first page is blank", async () => {
    const { pdfjs } = fakePdfJs([[{ str: " " }], [{ str: "Cover." }]]);
    expect(await extractPdfText(bytes, pdfjs)).toBe("Cover.\n");
  });

  it("asks for a PDF without its password", async () => {
    const locked = Object.assign(new Error("No password given"), { name: "PasswordException" });
    const { pdfjs, destroyed } = fakePdfJs([], locked);
    await expect(extractPdfText(bytes, pdfjs)).rejects.toThrow(new PdfReadError(PDF_PASSWORD));
    expect(destroyed.task).toBe(1);
  });

  it.each([
    ["an error", new Error("Invalid PDF structure."), "Invalid PDF structure."],
    ["a bare string", "bad XRef", "bad XRef"],
  ])(
    "says a damaged PDF is damaged, with PDF.js's reason, when it throws %s",
    async (_, error, reason) => {
      const { pdfjs } = fakePdfJs([], error);
      await expect(extractPdfText(bytes, pdfjs)).rejects.toThrow(
        new PdfReadError(
          `this PDF is damaged or incomplete (${reason}); download or export it again, or paste its text instead`,
        ),
      );
    },
  );
});
