import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import { makeBriefPdf } from "../../scripts/make-brief-pdf";
import { passwordPdf, scannedPdf } from "../bad-pdfs";
import { readPdfText, readRegistries, registryPaths } from "../../scripts/ingest-files";
import { readBriefText } from "@/features/import/read-brief";
import { AnnotationsSchema } from "@/ingest/annotations";
import type { BriefInput } from "@/ingest/parse-brief";
import { extractPdfText, PDF_NO_TEXT, PDF_PASSWORD } from "@/ingest/pdf-text";
import { formatJson } from "@/lib/format-json";

const seed = readFileSync("../shared/briefs/000_acbf13cad50f6655.txt", "utf8");
const shipped = JSON.parse(
  readFileSync("public/data/briefs/2023-05-03-china-industries.json", "utf8"),
) as BriefInput;
const annotations = AnnotationsSchema.parse(
  JSON.parse(readFileSync("data/annotations/2023-05-03-china-industries.json", "utf8")),
);
const registries = readRegistries(registryPaths("public/data/index.json"));

let pdfBytes: Uint8Array;
let pdfText: string;
beforeAll(async () => {
  const pdf = await makeBriefPdf(seed);
  pdfBytes = pdf.bytes;
  expect([...pdf.top5Pages.values()].every((pages) => pages.length >= 2)).toBe(true);
  pdfText = await extractPdfText(pdfBytes, pdfjs);
}, 120_000);

describe("a brief's PDF", () => {
  // A printed page does not mark which words were links, so link labels (references) are not
  // in its text; the editors' list is followed by the contact line, read as one more editor.
  const printed = (brief: BriefInput) => ({
    ...brief,
    editors: brief.editors?.slice(0, 2),
    top5: brief.top5.map((item) => ({ ...item, references: [] })),
  });

  it("reads, with the brief's annotations, into the shipped brief in all its printed text states", () => {
    const { result } = readBriefText(pdfText, registries, annotations);
    expect(result.ok && printed(result.brief)).toEqual(printed(shipped));
    expect(result.ok && result.brief.top5.map((item) => item.references)).not.toEqual(
      shipped.top5.map((item) => item.references),
    );
  });

  it("reads the seed's text with its annotations into the file `npm run ingest` writes, byte for byte, as the import downloads it", async () => {
    const { result } = readBriefText(seed, registries, annotations);
    if (!result.ok) throw new Error(result.error);
    expect(await formatJson(result.brief)).toBe(
      readFileSync("public/data/briefs/2023-05-03-china-industries.json", "utf8"),
    );
  });

  it("is read by the ingest CLI's reader too", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "brief-pdf-")), "brief.pdf");
    writeFileSync(path, pdfBytes);
    expect(await readPdfText(path)).toBe(pdfText);
  });

  it("without a text layer says to paste the text instead", async () => {
    await expect(extractPdfText(await scannedPdf(), pdfjs)).rejects.toThrow(PDF_NO_TEXT);
  });

  it("protected by a password says how to get a readable copy", async () => {
    await expect(extractPdfText(await passwordPdf(), pdfjs)).rejects.toThrow(PDF_PASSWORD);
  });
});
