// PDF.js ships no types for its worker module; importing it only registers the in-thread parser.
declare module "pdfjs-dist/build/pdf.worker.min.mjs";
