/**
 * What the analyst gave the import page, told apart by its bytes rather than by its name alone:
 * a PDF starts with "%PDF-", a brief JSON file with "{", anything else must be text (UTF-8, UTF-16
 * or GB18030). Empty and oversized files are refused before any reading starts.
 */
import { decodeText } from "@/ingest/text-encoding";

export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;

export type ImportInput =
  | { kind: "pdf"; name: string; bytes: Uint8Array }
  | { kind: "json"; name: string; text: string }
  | { kind: "text"; name: string; text: string };

/** `notice` says how a file was read when that is worth knowing (a non-UTF-8 encoding). */
export type ClassifiedInput =
  { ok: true; input: ImportInput; notice?: string } | { ok: false; message: string };

export const PASTED = "pasted text";

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Decides how to read a file; a refusal says what is wrong and what to do instead. */
export function classifyFile(name: string, bytes: Uint8Array): ClassifiedInput {
  if (bytes.length === 0) {
    return { ok: false, message: `${name} is empty; choose the brief's PDF or text file` };
  }
  if (bytes.length > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      message: `${name} is ${megabytes(bytes.length)}, over the ${megabytes(MAX_IMPORT_BYTES)} limit; a monthly brief is far smaller — check that this is the right file`,
    };
  }
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (head.startsWith("%PDF-")) return { ok: true, input: { kind: "pdf", name, bytes } };
  if (/\.pdf$/i.test(name)) {
    return {
      ok: false,
      message: `${name} is not a PDF (it does not start with %PDF-); it may be damaged or renamed — export the brief again, or paste its text`,
    };
  }
  const decoded = decodeText(name, bytes);
  if (!decoded.ok) {
    return {
      ok: false,
      message: `${decoded.message}; or choose the brief's PDF or a brief JSON file`,
    };
  }
  const classified = classifyText(name, decoded.text);
  return classified.ok && decoded.notice ? { ...classified, notice: decoded.notice } : classified;
}

/** Pasted or decoded text: a brief JSON file when it is JSON, else a brief's text. */
export function classifyText(name: string, text: string): ClassifiedInput {
  if (text.trim() === "") {
    return {
      ok: false,
      message: `${name === PASTED ? "the pasted text" : name} is empty; paste or choose the brief's text`,
    };
  }
  const kind = /\.json$/i.test(name) || text.trimStart().startsWith("{") ? "json" : "text";
  return { ok: true, input: { kind, name, text } };
}
