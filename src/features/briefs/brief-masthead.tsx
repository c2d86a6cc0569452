import { Link } from "react-router";
import { DateText } from "@/components/entities/date-text";
import { ITEM_KINDS } from "@/core/item-kinds";
import type { Brief } from "@/data/model";
import { AddedBriefNote } from "@/features/briefs/added-brief-note";
import type { BriefOutline } from "@/domain/briefs/brief-outline";
import { Button } from "@/components/ui/button";

/** Title, dates and a table of contents, as on the brief's first page. */
export function BriefMasthead({ brief, outline }: { brief: Brief; outline: BriefOutline }) {
  const parts = [
    {
      hash: "top5",
      label: "MERICS Top 5",
      entries: outline.top5.map((policy) => ({
        hash: policy.id,
        label: `${policy.rank}. ${policy.headline}`,
      })),
    },
    {
      hash: "noteworthy",
      label: "Noteworthy",
      entries: [
        { hash: "policy-news", label: ITEM_KINDS.news.plural, count: outline.policyNews.length },
        { hash: "corporate-news", label: "Corporate news", count: outline.corporateNews.length },
      ]
        .filter((entry) => entry.count > 0)
        .map((entry) => ({ hash: entry.hash, label: `${entry.label} (${entry.count})` })),
    },
  ].filter((part) => part.entries.length > 0);
  // A listed document has no headline worth a contents line: the section says how many.
  if (outline.documents.length > 0) {
    const label = `${ITEM_KINDS.document.plural} (${outline.documents.length})`;
    parts.push({ hash: "documents", label, entries: [] });
  }
  return (
    <header className="mb-8 border-b border-stone-200 pb-6 dark:border-stone-800">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm font-medium uppercase tracking-wide text-stone-600 dark:text-stone-400">
            <DateText date={brief.publishedOn} /> (reporting period{" "}
            <DateText date={brief.reportingPeriod.start} /> –{" "}
            <DateText date={brief.reportingPeriod.end} />)
          </p>
          <h1 className="mt-1 text-3xl font-semibold tracking-tight">{brief.series}</h1>
          {brief.added && <AddedBriefNote briefId={brief.id} added={brief.added} />}
        </div>
        <Button onClick={() => window.print()} className="no-print">
          Print or save as PDF
        </Button>
      </div>
      <nav aria-label="Contents" className="mt-5 text-sm">
        <ol className="space-y-2">
          {parts.map((part) => (
            <li key={part.hash}>
              <Link to={{ hash: part.hash }} className="font-medium underline underline-offset-2">
                {part.label}
              </Link>
              {part.entries.length > 0 && (
                <ol className="mt-0.5 pl-4">
                  {part.entries.map((entry) => (
                    <li key={entry.hash}>
                      {/* 24 px tall with its padding: the smallest target WCAG 2.2 allows. */}
                      <Link
                        to={{ hash: entry.hash }}
                        className="inline-block py-0.5 text-stone-700 hover:underline dark:text-stone-300"
                      >
                        {entry.label}
                      </Link>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      </nav>
    </header>
  );
}
