import { useCallback, useEffect, useRef, useState } from "react";
import type { Annotations } from "@/ingest/annotations";
import type { IngestRegistries } from "@/ingest/entity-registries";
import type { ImportInput } from "./import-input";
import { isImportResponse, type ImportRequest, type ImportResponse } from "./import-protocol";

export type WorkerState =
  | { step: "idle" }
  | { step: "reading"; name: string; pagesRead: number; pages: number }
  | {
      step: "done";
      name: string;
      response: Outcome;
      /** The first reading of this input: its ids and ranks key the analyst's edits. */
      first: Outcome;
    };

type Outcome = Exclude<ImportResponse, { type: "progress" }>;

function isBrief(outcome: Outcome): boolean {
  return outcome.type === "json" || (outcome.type === "text" && outcome.result.ok);
}

function startWorker(): Worker {
  return new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module" });
}

/**
 * The import worker, started when the page opens (so its parser is loaded before a file is
 * chosen; PDF.js follows only for a PDF) and stopped when the page goes.
 */
export function useImportWorker() {
  const worker = useRef<Worker | null>(null);
  const [state, setState] = useState<WorkerState>({ step: "idle" });
  useEffect(() => {
    const started = startWorker();
    worker.current = started;
    return () => {
      started.terminate();
      worker.current = null;
    };
  }, []);

  const send = useCallback((name: string, request: ImportRequest, showProgress: boolean) => {
    worker.current ??= startWorker();
    if (showProgress) setState({ step: "reading", name, pagesRead: 0, pages: 0 });
    worker.current.onmessage = ({ data }: MessageEvent<unknown>) => {
      if (!isImportResponse(data)) return;
      if (data.type === "progress") setState({ step: "reading", name, ...data });
      else
        setState((previous) => ({
          step: "done",
          name,
          response: data,
          // A text read again with the dates it lacked has its first brief only now.
          first:
            request.type === "reread" && previous.step === "done" && isBrief(previous.first)
              ? previous.first
              : data,
        }));
    };
    // A PDF's bytes move to the worker rather than being copied on the page's thread.
    const pdf = request.type === "read" && request.input.kind === "pdf" ? request.input : null;
    worker.current.postMessage(request, pdf ? [pdf.bytes.buffer] : []);
  }, []);

  return {
    state,
    read: (input: ImportInput, registries: IngestRegistries) =>
      send(input.name, { type: "read", input, registries }, true),
    reread: (name: string, text: string, registries: IngestRegistries, annotations: Annotations) =>
      send(name, { type: "reread", text, registries, annotations }, false),
    reset: () => setState({ step: "idle" }),
  };
}
