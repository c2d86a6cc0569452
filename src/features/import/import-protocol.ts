import type { Annotations } from "@/ingest/annotations";
import type { IngestRegistries } from "@/ingest/entity-registries";
import type { BriefInput } from "@/ingest/parse-brief";
import type { ImportInput } from "./import-input";
import type { ReadText } from "./read-brief";

/** What the page asks the import worker. */
export type ImportRequest =
  | { type: "read"; input: ImportInput; registries: IngestRegistries }
  | { type: "reread"; text: string; registries: IngestRegistries; annotations: Annotations };

/** What the worker answers: progress while reading, then one outcome. */
export type ImportResponse =
  | { type: "progress"; pagesRead: number; pages: number }
  | ({ type: "text"; text: string } & ReadText)
  | { type: "json"; brief: BriefInput }
  | { type: "failed"; problems: string[] };

const RESPONSE_TYPES: ReadonlySet<unknown> = new Set<ImportResponse["type"]>([
  "progress",
  "text",
  "json",
  "failed",
]);

/**
 * One of the worker's answers. PDF.js, loaded in the worker, also posts its own "ready" message
 * to the page (it takes any worker it runs in for its own); that one is not for the page.
 */
export function isImportResponse(data: unknown): data is ImportResponse {
  return (
    typeof data === "object" && data !== null && "type" in data && RESPONSE_TYPES.has(data.type)
  );
}
