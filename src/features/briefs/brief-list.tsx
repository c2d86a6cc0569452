import { Link } from "react-router";
import { DateText } from "@/components/entities/date-text";
import { paths } from "@/config/paths";
import type { Brief } from "@/data/model";
import { AddedBriefNote } from "@/features/briefs/added-brief-note";
import { countBriefItems, toBriefOutline } from "@/domain/briefs/brief-outline";

function BriefCard({ brief }: { brief: Brief }) {
  const counts = countBriefItems(brief);
  const { top5 } = toBriefOutline(brief);
  const headingId = `brief-${brief.id}`;
  const countText = [
    `${counts.top5} Top 5`,
    `${counts.news} policy news`,
    `${counts.corporateNews} corporate news`,
    `${counts.targets} targets`,
    ...(counts.document > 0 ? [`${counts.document} policy documents`] : []),
  ].join(" · ");
  return (
    <li
      aria-labelledby={headingId}
      className="rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900"
    >
      <p className="text-xs font-medium uppercase tracking-wide text-stone-600 dark:text-stone-400">
        {brief.series}
      </p>
      <h2 id={headingId} className="mt-0.5 text-lg font-semibold">
        <Link to={paths.brief.href(brief.id)} className="underline-offset-2 hover:underline">
          <DateText date={brief.publishedOn} />
        </Link>
      </h2>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        Reporting period <DateText date={brief.reportingPeriod.start} /> –{" "}
        <DateText date={brief.reportingPeriod.end} /> · {countText}
      </p>
      {brief.added && <AddedBriefNote briefId={brief.id} added={brief.added} />}
      {top5.length > 0 && (
        <ol aria-label="Top 5" className="mt-3 space-y-1 text-sm">
          {top5.map((policy) => (
            <li key={policy.id} className="flex gap-2">
              <span className="w-4 shrink-0 text-right tabular-nums text-stone-600 dark:text-stone-400">
                {policy.rank}.
              </span>
              <Link to={paths.brief.href(brief.id, policy.id)} className="hover:underline">
                {policy.headline}
              </Link>
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}

/** Every brief, newest first, with its Top 5 headlines and how many items it holds. */
export function BriefList({ briefs }: { briefs: readonly Brief[] }) {
  return (
    <ul aria-label="Briefs" className="space-y-4">
      {briefs.map((brief) => (
        <BriefCard key={brief.id} brief={brief} />
      ))}
    </ul>
  );
}
