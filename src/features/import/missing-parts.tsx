import { useState, type FormEvent } from "react";
import { DateField } from "@/components/ui/date-field";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import type { IncompleteItem } from "@/ingest/report";
import type { DocumentEdit, HeaderEdit } from "./review-edits";

/**
 * What a copied brief's text does not give and only the analyst can: the brief's dates (a web page
 * without its header line) and a Top 5 item's document (one without its Article, Issuing bodies and
 * Date lines). Each value becomes an annotation.
 */
export function DatesForm({ name, onGive }: { name: string; onGive: (dates: HeaderEdit) => void }) {
  const [publishedOn, setPublishedOn] = useState<string | null>(null);
  const [start, setStart] = useState<string | null>(null);
  const [end, setEnd] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!publishedOn || !start || !end) {
      setProblem("Give the publication date and both ends of the reporting period.");
    } else if (start > end) {
      setProblem("The reporting period must start before it ends.");
    } else {
      setProblem(null);
      onGive({ publishedOn, reportingPeriod: { start, end } });
    }
  };
  return (
    <section
      aria-labelledby="dates-title"
      className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-stone-900"
    >
      <h2 id="dates-title" className="font-semibold">
        When was this brief published?
      </h2>
      <p className="mt-1 text-sm">
        {name} has no header line with the publication date and reporting period (a copied web page
        often leaves it out). Give them as the brief states them, and it is read again.
      </p>
      <form onSubmit={submit} className="mt-3 flex flex-wrap items-end gap-3">
        <DateField label="Published on" value={publishedOn} onChange={setPublishedOn} />
        <DateField label="Reporting period from" value={start} onChange={setStart} />
        <DateField label="Reporting period to" value={end} onChange={setEnd} />
        <Button type="submit" variant="primary">
          Read with these dates
        </Button>
      </form>
      {problem && (
        <p role="alert" className="mt-2 text-sm text-red-800 dark:text-red-300">
          {problem}
        </p>
      )}
    </section>
  );
}

const PART_NAMES: Record<IncompleteItem["missing"][number], string> = {
  titleEn: "the document's title",
  issuers: "its issuing bodies",
  date: "its date",
};

/** The Top 5 items left out because their text lacks their document, each with a form to give it. */
export function IncompleteItems({
  items,
  given,
  onGive,
}: {
  items: readonly IncompleteItem[];
  given: Record<number, DocumentEdit>;
  onGive: (rank: number, document: DocumentEdit) => void;
}) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="incomplete-title" className="space-y-4">
      <h2 id="incomplete-title" className="text-xl font-semibold">
        Top 5 items without their document ({items.length})
      </h2>
      <p className="text-sm">
        These items were read, but the text does not give their document. Add what the brief states
        to include them.
      </p>
      <ol className="space-y-4">
        {items.map((item) => (
          <li
            key={item.rank}
            aria-label={`${item.rank}. ${item.headline}`}
            className="rounded-lg border border-stone-200 p-4 dark:border-stone-800"
          >
            <h3 className="font-medium">
              {item.rank}. {item.headline}
            </h3>
            <p className="mt-1 text-sm">
              Missing {item.missing.map((part) => PART_NAMES[part]).join(", ")}
              {item.line !== null && ` (line ${item.line})`}.
            </p>
            <DocumentForm item={item} given={given[item.rank]} onGive={onGive} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function DocumentForm({
  item,
  given,
  onGive,
}: {
  item: IncompleteItem;
  given: DocumentEdit | undefined;
  onGive: (rank: number, document: DocumentEdit) => void;
}) {
  const [document, setDocument] = useState<DocumentEdit>(
    given ?? { titleEn: "", titleZh: "", issuers: item.namedIssuers.join(", "), date: null },
  );
  const set = (part: Partial<DocumentEdit>) => setDocument({ ...document, ...part });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onGive(item.rank, document);
      }}
      className="mt-3 grid gap-3 md:grid-cols-2"
    >
      <TextField
        label="English title"
        value={document.titleEn}
        onChange={(titleEn) => set({ titleEn })}
      />
      <TextField
        label="Chinese title"
        lang="zh"
        value={document.titleZh}
        onChange={(titleZh) => set({ titleZh })}
      />
      <TextField
        label="Issuing bodies (acronyms or names, separated by commas)"
        value={document.issuers}
        onChange={(issuers) => set({ issuers })}
      />
      <DateField label="Document date" value={document.date} onChange={(date) => set({ date })} />
      <Button type="submit" className="justify-self-start">
        Add item {item.rank}
      </Button>
    </form>
  );
}
