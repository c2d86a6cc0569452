import { memo, useCallback, useLayoutEffect, useRef } from "react";
import { DEAL_KINDS, type DealKind } from "@/core/deal-kinds";
import { useStagedCount } from "@/components/deferred/use-staged-count";
import { fieldClass } from "@/components/ui/field";
import type { Registries, Sector } from "@/data/model";
import type { BriefInput } from "@/ingest/parse-brief";
import type { IngestReport } from "@/ingest/report";
import { IncompleteItems } from "./missing-parts";
import type { ReviewEdits } from "./review-edits";
import { UnknownNames } from "./unknown-names";

interface ReviewProps {
  /** The input's lines, for showing each item's source; null for a brief JSON file. */
  lines: string[] | null;
  /** The brief as first read: its item ids key the edits. */
  brief: BriefInput;
  report: IngestReport | null;
  /** Names the registries lacked on the first reading of a text; null for a brief JSON file. */
  unknownNames: IngestReport["proposals"] | null;
  registries: Registries;
  edits: ReviewEdits;
  onEdit: (edits: ReviewEdits) => void;
}

interface ReviewItem {
  id: string;
  group: "Top 5" | "Policy news" | "Corporate news";
  title: string;
  text: string;
  dealKind?: DealKind;
}

function itemsOf(brief: BriefInput): ReviewItem[] {
  return [
    ...brief.top5.map((item) => ({
      id: item.id,
      group: "Top 5" as const,
      title: `${item.rank}. ${item.headline}`,
      text: item.atAGlance,
    })),
    ...(brief.policyNews ?? []).map((item) => ({
      id: item.id,
      group: "Policy news" as const,
      title: `${item.date}`,
      text: item.text,
    })),
    ...(brief.corporateNews ?? []).map((item) => ({
      id: item.id,
      group: "Corporate news" as const,
      title: `${item.date}`,
      text: item.text,
      dealKind: item.dealKind,
    })),
  ];
}

/**
 * The review draws top to bottom in parts, one browser task each (useStagedCount): the summary
 * and the parser's lists, then what the analyst completes (documents, unknown names), then
 * ITEMS_PER_PART items at a time. The summary, the lists and the first eight items drawn together
 * made one render and one first layout of 100+ ms on the busy 2-core machine (the first rows
 * cost most: text, fonts and controls laid out for the first time).
 */
const LEAD_PARTS = 2;
const ITEMS_PER_PART = 2;

/** Every item beside the lines it was read from, with what the analyst can set or drop. */
export function ReviewScreen({
  lines,
  brief,
  report,
  unknownNames,
  registries,
  edits,
  onEdit,
}: ReviewProps) {
  // One callback for every row that always applies a change to the latest edits, so a row's
  // props stay equal while the analyst edits another row.
  const latest = useRef({ edits, onEdit });
  useLayoutEffect(() => {
    latest.current = { edits, onEdit };
  });
  const change = useCallback(
    (update: (edits: ReviewEdits) => ReviewEdits) =>
      latest.current.onEdit(update(latest.current.edits)),
    [],
  );
  const items = itemsOf(brief);
  const counts = (group: ReviewItem["group"]) => items.filter((i) => i.group === group).length;
  const partsShown = useStagedCount(LEAD_PARTS + Math.ceil(items.length / ITEMS_PER_PART));
  const shown = new Set(
    items.slice(0, Math.max(0, partsShown - LEAD_PARTS) * ITEMS_PER_PART).map((item) => item.id),
  );
  return (
    <div className="space-y-8">
      <p role="status" className="text-lg">
        Found {counts("Top 5")} Top 5 items, {counts("Policy news")} policy news items and{" "}
        {counts("Corporate news")} corporate news items.
      </p>
      {report && <ReportLists report={report} />}
      {report && partsShown >= 2 && (
        <IncompleteItems
          items={report.incomplete}
          given={edits.documents}
          onGive={(rank, document) =>
            onEdit({ ...edits, documents: { ...edits.documents, [rank]: document } })
          }
        />
      )}
      {report && unknownNames && partsShown >= 2 && (
        <UnknownNames
          names={unknownNames}
          open={report.proposals}
          registries={registries}
          edits={edits}
          onEdit={onEdit}
        />
      )}
      {(["Top 5", "Policy news", "Corporate news"] as const).map((group) => {
        const inGroup = items.filter((item) => item.group === group);
        return (
          // Busy while some of its items are still to come.
          <section
            key={group}
            aria-label={`${group} items`}
            aria-busy={inGroup.some((item) => !shown.has(item.id))}
          >
            <h2 className="mb-3 text-xl font-semibold">{group}</h2>
            <ol className="space-y-4">
              {inGroup
                .filter((item) => shown.has(item.id))
                .map((item) => (
                  <ReviewRow
                    key={item.id}
                    item={item}
                    lines={lines}
                    numbers={report?.itemLines[item.id]}
                    dropped={edits.dropped.includes(item.id)}
                    sector={edits.sectors[item.id]?.[0] ?? ""}
                    dealKind={edits.dealKinds[item.id] ?? item.dealKind}
                    sectors={registries.sectors}
                    change={change}
                  />
                ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

type Change = (update: (edits: ReviewEdits) => ReviewEdits) => void;

interface RowProps {
  item: ReviewItem;
  /** The input's lines and the numbers of those the item was read from. */
  lines: string[] | null;
  numbers: number[] | undefined;
  dropped: boolean;
  sector: string;
  dealKind: DealKind | undefined;
  sectors: readonly Sector[];
  change: Change;
}

const ITEM_FIELDS = ["id", "group", "title", "text", "dealKind"] as const;

/**
 * Reading the text again after each edit gives every item anew: rows compare by value, so an
 * edit draws its own row again, not all of a long brief's.
 */
function sameRow(before: RowProps, after: RowProps): boolean {
  const { item, numbers, ...rest } = before;
  return (
    (Object.keys(rest) as (keyof typeof rest)[]).every((key) => rest[key] === after[key]) &&
    ITEM_FIELDS.every((field) => item[field] === after.item[field]) &&
    (numbers ?? []).join() === (after.numbers ?? []).join()
  );
}

const ReviewRow = memo(function ReviewRow({
  item,
  lines,
  numbers,
  dropped,
  sector,
  dealKind,
  sectors,
  change,
}: RowProps) {
  const { id } = item;
  return (
    <li
      aria-label={item.title}
      // Left-out items are struck through, not faded: faded text fails contrast. Items off screen
      // are not laid out until scrolled to (content-visibility), yet stay in the page for
      // find-in-page, the keyboard and assistive technology.
      className={`grid gap-4 rounded-lg border p-4 [contain-intrinsic-size:auto_14rem] [content-visibility:auto] md:grid-cols-2 ${dropped ? "border-dashed border-stone-400 [&_h3]:line-through [&_h3+p]:line-through" : "border-stone-200 dark:border-stone-800"}`}
    >
      <div>
        <h3 className="font-medium">{item.title}</h3>
        <p className="mt-1 text-sm">{item.text}</p>
        <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
          <label className="flex items-center gap-1">
            Sector
            <select
              className={fieldClass}
              value={sector}
              onChange={(event) => {
                const chosen = event.target.value ? [event.target.value] : [];
                change((edits) => ({ ...edits, sectors: { ...edits.sectors, [id]: chosen } }));
              }}
            >
              <option value="">Not set</option>
              {sectors.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.nameEn}
                </option>
              ))}
            </select>
          </label>
          {dealKind && (
            <label className="flex items-center gap-1">
              Kind of deal
              <select
                className={fieldClass}
                value={dealKind}
                onChange={(event) => {
                  const kind = DEAL_KINDS.find((k) => k === event.target.value);
                  if (kind) {
                    change((edits) => ({
                      ...edits,
                      dealKinds: { ...edits.dealKinds, [id]: kind },
                    }));
                  }
                }}
              >
                {DEAL_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {kind}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={dropped}
              onChange={() =>
                change((edits) => ({
                  ...edits,
                  dropped: edits.dropped.includes(id)
                    ? edits.dropped.filter((other) => other !== id)
                    : [...edits.dropped, id],
                }))
              }
            />
            Leave this item out
          </label>
        </div>
      </div>
      {lines && numbers && <SourceLines lines={lines} numbers={numbers} />}
    </li>
  );
}, sameRow);

function SourceLines({ lines, numbers }: { lines: string[]; numbers: number[] }) {
  return (
    <figure>
      <figcaption className="text-xs font-medium uppercase tracking-wide text-stone-600 dark:text-stone-400">
        Read from lines {numbers[0]}–{numbers.at(-1)}
      </figcaption>
      {/* Focusable so keyboard users can scroll a long excerpt. */}
      <ol
        tabIndex={0}
        aria-label={`Source lines ${numbers[0]}–${numbers.at(-1)}`}
        className="mt-1 max-h-48 overflow-auto rounded bg-stone-50 p-2 font-mono text-xs dark:bg-stone-900"
      >
        {numbers.map((number) => (
          <li key={number} className="flex gap-2">
            <span className="w-8 shrink-0 text-right text-stone-600 dark:text-stone-400">
              {number}
            </span>
            <span>{lines[number - 1]}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}

function ReportLists({ report }: { report: IngestReport }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="review-warnings">
        <h2 id="review-warnings" className="font-semibold">
          Warnings ({report.warnings.length})
        </h2>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
          {report.warnings.map((warning, at) => (
            <li key={at}>
              {warning.line !== null && `Line ${warning.line}: `}
              {warning.message}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="review-unused">
        <h2 id="review-unused" className="font-semibold">
          Lines not used ({report.unparsed.length})
        </h2>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
          {report.unparsed.map((line) => (
            <li key={line.line}>
              Line {line.line}: {line.text} — {line.reason}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
