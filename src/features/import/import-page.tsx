import { formatLocalDay } from "@/core/calendar-date";
import { useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { Link } from "react-router";
import { useQueryClient } from "@tanstack/react-query";
import { LoadingState } from "@/components/feedback/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { paths } from "@/config/paths";
import { keepAddedBrief } from "@/data/added-briefs-store";
import { dataKeys, useLoadedDataset } from "@/data/dataset-query";
import type { BriefInput } from "@/ingest/parse-brief";
import { saveBlob } from "@/lib/export/save-file";
import { formatJson } from "@/lib/format-json";
import type { ClassifiedInput } from "./import-input";
import { asSecondCopy, findDuplicate } from "./keep-brief";
import { NO_ADDITIONS, type RegistryAdditions } from "./read-brief";
import { DatesForm } from "./missing-parts";
import {
  NO_EDITS,
  toAnnotations,
  withCompletedItems,
  withoutDropped,
  type HeaderEdit,
  type ReviewEdits,
} from "./review-edits";
import { ReviewScreen } from "./review-screen";
import { SourcePicker } from "./source-picker";
import { toIngestRegistries } from "./to-ingest-registries";
import { useImportWorker } from "./use-import-worker";
import { Button } from "@/components/ui/button";

/** The file as `npm run ingest` would write it (same formatting), so it can be committed as is. */
async function download(value: unknown, fileName: string) {
  saveBlob(new Blob([await formatJson(value)], { type: "application/json" }), fileName);
}

/** /import: read a brief from a PDF, text or JSON, review what was read, keep it. */
export function ImportPage() {
  const dataset = useLoadedDataset();
  const registries = useMemo(() => toIngestRegistries(dataset.registries), [dataset.registries]);
  const queryClient = useQueryClient();
  const worker = useImportWorker();
  const [refused, setRefused] = useState<string[]>([]);
  const [readNotice, setReadNotice] = useState<string | null>(null);
  const [edits, setEdits] = useState<ReviewEdits>(NO_EDITS);
  const [kept, setKept] = useState<{ id: string } | null>(null);
  const [keepProblem, setKeepProblem] = useState<string | null>(null);
  const [askDuplicate, setAskDuplicate] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);

  const { state } = worker;
  const done = state.step === "done" ? state.response : null;
  const current: { brief: BriefInput; additions: RegistryAdditions } | null =
    done?.type === "json"
      ? { brief: done.brief, additions: NO_ADDITIONS }
      : done?.type === "text" && done.result.ok
        ? { brief: done.result.brief, additions: done.additions }
        : null;
  const needsDates = done?.type === "text" && !done.result.ok && done.result.needsDates === true;
  const problems =
    done?.type === "failed"
      ? done.problems
      : done?.type === "text" && !done.result.ok && !needsDates
        ? [`${state.step === "done" ? state.name : ""}: ${done.result.error}`]
        : refused;

  const text = done?.type === "text" ? done.text : null;
  // The same lines across readings of one text, so the review's rows compare equal.
  const lines = useMemo(() => text?.split(/\r\n|\r|\n/) ?? null, [text]);

  const firstOutcome = state.step === "done" ? state.first : null;
  const first: BriefInput | null =
    firstOutcome?.type === "json"
      ? firstOutcome.brief
      : firstOutcome?.type === "text" && firstOutcome.result.ok
        ? firstOutcome.result.brief
        : null;

  const start = (input: ClassifiedInput) => {
    setKept(null);
    setKeepProblem(null);
    setAskDuplicate(false);
    setEdits(NO_EDITS);
    setReadNotice(input.ok ? (input.notice ?? null) : null);
    if (!input.ok) {
      worker.reset();
      setRefused([input.message]);
      return;
    }
    setRefused([]);
    worker.read(input.input, registries);
  };

  const annotationsFor = (next: ReviewEdits) =>
    toAnnotations(first && current ? withCompletedItems(first, current.brief) : first, next);
  const edit = (next: ReviewEdits) => {
    setEdits(next);
    if (done?.type === "text" && state.step === "done" && (first || next.header)) {
      worker.reread(state.name, done.text, registries, annotationsFor(next));
    }
  };
  const giveDates = (header: HeaderEdit) => edit({ ...edits, header });

  const finalBrief = current ? withoutDropped(current.brief, edits.dropped) : null;
  const duplicate = finalBrief ? findDuplicate(finalBrief.id, dataset.briefs) : null;

  const keep = async (mode: "new" | "replace" | "copy") => {
    if (!finalBrief || !current || state.step !== "done") return;
    const brief = mode === "copy" ? asSecondCopy(finalBrief, dataset.briefs) : finalBrief;
    try {
      await keepAddedBrief(
        {
          id: brief.id,
          addedAt: new Date().toISOString(),
          source: state.name,
          brief,
          registryAdditions: current.additions,
        },
        mode === "replace" ? finalBrief.id : null,
      );
      await queryClient.invalidateQueries({ queryKey: dataKeys.all });
      setAskDuplicate(false);
      setKept({ id: brief.id });
    } catch (error) {
      setKeepProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <>
      <PageHeader title="Add a brief">
        Bring in a brief from its PDF, its text or a brief JSON file. You see what was read before
        anything is kept; added briefs stay in this browser.
      </PageHeader>
      <SourcePicker onInput={start} />
      {readNotice && (
        <p role="status" className="mt-4 text-sm text-stone-700 dark:text-stone-300">
          {readNotice}.
        </p>
      )}
      {problems.length > 0 && (
        <section
          role="alert"
          aria-labelledby="import-problems"
          className="mt-6 rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          <h2 id="import-problems" className="font-semibold">
            Nothing was added
          </h2>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </section>
      )}
      {needsDates && state.step === "done" && <DatesForm name={state.name} onGive={giveDates} />}
      {state.step === "reading" && (
        <LoadingState
          label={
            state.pages > 0
              ? `Reading ${state.name}: page ${state.pagesRead} of ${state.pages}`
              : `Reading ${state.name}`
          }
        />
      )}
      {current && first && finalBrief && (
        <section aria-labelledby="review-title" className="mt-8">
          <h2 id="review-title" className="mb-4 text-2xl font-semibold">
            Review what was read from {state.step === "done" ? state.name : ""}
          </h2>
          <ReviewScreen
            lines={lines}
            brief={current.brief}
            report={done?.type === "text" ? done.result.report : null}
            unknownNames={firstOutcome?.type === "text" ? firstOutcome.unknownNames : null}
            registries={dataset.registries}
            edits={edits}
            onEdit={edit}
          />
          <div className="sticky bottom-0 mt-8 flex flex-wrap items-center gap-3 border-t border-stone-200 bg-white py-4 dark:border-stone-800 dark:bg-stone-950">
            {kept ? (
              <p role="status">
                Added to your dashboard.{" "}
                {/* Focus follows the action: the button that was pressed is gone. (React's
                    autoFocus skips links.) */}
                <Link
                  to={paths.brief.href(kept.id)}
                  className="underline"
                  ref={(link) => link?.focus()}
                >
                  Read it
                </Link>
              </p>
            ) : askDuplicate && duplicate ? (
              <div role="alertdialog" aria-labelledby="duplicate-title" className="space-y-2">
                <p id="duplicate-title">
                  {duplicate.kind === "shipped"
                    ? `This brief is already in the dashboard's shipped data (${duplicate.file}). A second copy would show each of its items twice.`
                    : `You added this brief on ${formatLocalDay(new Date(duplicate.at))}.`}
                </p>
                <div className="flex flex-wrap gap-2">
                  {duplicate.kind === "added" && (
                    <Button variant="primary" autoFocus onClick={() => void keep("replace")}>
                      Replace the one added before
                    </Button>
                  )}
                  <Button
                    autoFocus={duplicate.kind === "shipped"}
                    onClick={() => void keep("copy")}
                  >
                    {duplicate.kind === "added" ? "Keep both" : "Keep a second copy"}
                  </Button>
                  <Button
                    onClick={() => {
                      flushSync(() => setAskDuplicate(false));
                      addButton.current?.focus();
                    }}
                  >
                    Cancel
                  </Button>
                </div>
              </div>
            ) : (
              <Button
                ref={addButton}
                variant="primary"
                onClick={() => (duplicate ? setAskDuplicate(true) : void keep("new"))}
              >
                Add to my dashboard
              </Button>
            )}
            <Button onClick={() => void download(finalBrief, `${finalBrief.id}.json`)}>
              Download JSON
            </Button>
            <Button
              onClick={() =>
                void download(annotationsFor(edits), `${finalBrief.id}.annotations.json`)
              }
            >
              Download annotations
            </Button>
            {current.additions.companies.length + current.additions.issuingBodies.length > 0 && (
              <Button
                onClick={() =>
                  void download(current.additions, `${finalBrief.id}.registry-additions.json`)
                }
              >
                Download registry additions
              </Button>
            )}
            {keepProblem && (
              <p role="alert" className="w-full text-red-800 dark:text-red-300">
                The brief was not added: {keepProblem}
              </p>
            )}
          </div>
        </section>
      )}
    </>
  );
}
