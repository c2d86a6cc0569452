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
 * Items drawn with the review's first paint (more than a screen's worth); the rest follow in
 * parts of ITEMS_PER_PART, one browser task each, so a long brief never draws in one long task.
 */
const FIRST_ITEMS = 8;
const ITEMS_PER_PART = 8;

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
  const items = itemsOf(brief);
  const counts = (group: ReviewItem["group"]) => items.filter((i) => i.group === group).length;
  const parts = 1 + Math.ceil(Math.max(0, items.length - FIRST_ITEMS) / ITEMS_PER_PART);
  const partsShown = useStagedCount(parts);
  const shown = new Set(
    items.slice(0, FIRST_ITEMS + (partsShown - 1) * ITEMS_PER_PART).map((item) => item.id),
  );
  return (
    <div className="space-y-8">
      <p role="status" className="text-lg">
        Found {counts("Top 5")} Top 5 items, {counts("Policy news")} policy news items and{" "}
        {counts("Corporate news")} corporate news items.
      </p>
      {report && <ReportLists report={report} />}
      {report && (
        <IncompleteItems
          items={report.incomplete}
          given={edits.documents}
          onGive={(rank, document) =>
            onEdit({ ...edits, documents: { ...edits.documents, [rank]: document } })
          }
        />
      )}
      {report && unknownNames && (
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
                  <li
                    key={item.id}
                    aria-label={item.title}
                    // Left-out items are struck through, not faded: faded text fails contrast. Items
                    // off screen are not laid out until scrolled to (content-visibility), yet stay
                    // in the page for find-in-page, the keyboard and assistive technology.
                    className={`grid gap-4 rounded-lg border p-4 [contain-intrinsic-size:auto_14rem] [content-visibility:auto] md:grid-cols-2 ${edits.dropped.includes(item.id) ? "border-dashed border-stone-400 [&_h3]:line-through [&_h3+p]:line-through" : "border-stone-200 dark:border-stone-800"}`}
                  >
                    <div>
                      <h3 className="font-medium">{item.title}</h3>
                      <p className="mt-1 text-sm">{item.text}</p>
                      <ItemControls
                        item={item}
                        sectors={registries.sectors}
                        edits={edits}
                        onEdit={onEdit}
                      />
                    </div>
                    {lines && report?.itemLines[item.id] && (
                      <SourceLines lines={lines} numbers={report.itemLines[item.id] ?? []} />
                    )}
                  </li>
                ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

function ItemControls({
  item,
  sectors,
  edits,
  onEdit,
}: {
  item: ReviewItem;
  sectors: readonly Sector[];
  edits: ReviewEdits;
  onEdit: (edits: ReviewEdits) => void;
}) {
  const dropped = edits.dropped.includes(item.id);
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
      <label className="flex items-center gap-1">
        Sector
        <select
          className={fieldClass}
          value={edits.sectors[item.id]?.[0] ?? ""}
          onChange={(event) =>
            onEdit({
              ...edits,
              sectors: {
                ...edits.sectors,
                [item.id]: event.target.value ? [event.target.value] : [],
              },
            })
          }
        >
          <option value="">Not set</option>
          {sectors.map((sector) => (
            <option key={sector.id} value={sector.id}>
              {sector.nameEn}
            </option>
          ))}
        </select>
      </label>
      {item.dealKind && (
        <label className="flex items-center gap-1">
          Kind of deal
          <select
            className={fieldClass}
            value={edits.dealKinds[item.id] ?? item.dealKind}
            onChange={(event) => {
              const kind = DEAL_KINDS.find((k) => k === event.target.value);
              if (kind) onEdit({ ...edits, dealKinds: { ...edits.dealKinds, [item.id]: kind } });
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
            onEdit({
              ...edits,
              dropped: dropped
                ? edits.dropped.filter((id) => id !== item.id)
                : [...edits.dropped, item.id],
            })
          }
        />
        Leave this item out
      </label>
    </div>
  );
}

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
