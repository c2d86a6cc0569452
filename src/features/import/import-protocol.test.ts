import { describe, expect, it } from "vitest";
import { isImportResponse } from "./import-protocol";

describe("isImportResponse", () => {
  it.each([
    [{ type: "progress", pagesRead: 1, pages: 15 }],
    [{ type: "failed", problems: ["brief.pdf: this PDF is damaged"] }],
  ])("takes the worker's own answer %j", (message) => {
    expect(isImportResponse(message)).toBe(true);
  });

  it.each([
    // What PDF.js posts when its worker module loads in the import worker.
    [{ sourceName: "worker", targetName: "main", action: "ready", data: null }],
    [{ type: "ready" }],
    [null],
    ["progress"],
  ])("leaves out a message that is not the import's: %j", (message) => {
    expect(isImportResponse(message)).toBe(false);
  });
});
