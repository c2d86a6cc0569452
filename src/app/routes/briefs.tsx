import { Link } from "react-router";
import { DateText } from "@/components/entities/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { paths } from "@/config/paths";
import { useLoadedDataset } from "@/data/dataset-query";

export function BriefsPage() {
  const { briefs } = useLoadedDataset();
  return (
    <>
      <PageHeader title="Briefs">{briefs.length} briefs, newest first</PageHeader>
      <ul className="space-y-3">
        {briefs.map((brief) => (
          <li
            key={brief.id}
            className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
          >
            <h2 className="font-medium">
              <Link to={paths.brief.href(brief.id)} className="underline">
                {brief.series}, <DateText date={brief.publishedOn} />
              </Link>
            </h2>
            <p className="text-sm text-stone-600 dark:text-stone-400">
              Reporting period <DateText date={brief.reportingPeriod.start} /> –{" "}
              <DateText date={brief.reportingPeriod.end} /> · {brief.policies.length} policies ·{" "}
              {brief.corporateNews.length} corporate news
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
