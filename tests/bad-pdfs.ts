/**
 * PDFs that cannot be read, built at test time (pdf-lib): a scan with no text layer, and one
 * protected by a password (a standard security handler whose user password is not empty).
 */
import { PDFDocument, PDFHexString, PDFName, PDFNumber } from "pdf-lib";

/** One page with a drawn rectangle and no text: what a scanner gives. */
export async function scannedPdf(): Promise<Uint8Array> {
  const scan = await PDFDocument.create();
  scan.addPage().drawRectangle({ x: 50, y: 50, width: 200, height: 300 });
  return scan.save();
}

/**
 * A PDF whose trailer names an RC4 security handler; its user-password hash matches no password,
 * so a reader asks for one.
 */
export async function passwordPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage().drawText("Confidential");
  const context = pdf.context;
  context.trailerInfo.Encrypt = context.obj({
    Filter: PDFName.of("Standard"),
    V: PDFNumber.of(1),
    R: PDFNumber.of(2),
    O: PDFHexString.of("4f".repeat(32)),
    U: PDFHexString.of("55".repeat(32)),
    P: PDFNumber.of(-44),
  });
  context.trailerInfo.ID = context.obj([
    PDFHexString.of("a1".repeat(16)),
    PDFHexString.of("a1".repeat(16)),
  ]);
  return pdf.save({ useObjectStreams: false });
}
