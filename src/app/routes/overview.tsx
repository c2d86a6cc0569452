import { Link } from "react-router";
import { DateText } from "@/components/entities/date-text";
import { IssuerTags } from "@/components/entities/issuer-tags";
import { EmptyState } from "@/components/feedback/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { paths } from "@/config/paths";
import { useLoadedDataset } from "@/data/dataset-query";

export function OverviewPage() {
  const dataset = useLoadedDataset();
  const latest = dataset.briefs[0];
  if (!latest) {
    return (
      <>
        <PageHeader title="Overview" />
        <EmptyState title="No briefs are loaded">
          Add a brief to public/data/index.json, or check the notice above for files that failed.
        </EmptyState>
      </>
    );
  }
  const top5 = latest.policies.filter((p) => p.kind === "top5");
  const counts = [
    { label: "Policies", value: latest.policies.length, to: paths.timeline.href() },
    { label: "Targets", value: latest.targets.length, to: paths.targets.href() },
    { label: "Corporate news", value: latest.corporateNews.length, to: paths.news.href() },
  ];
  return (
    <>
      <PageHeader title="Overview">
        Latest brief:{" "}
        <Link to={paths.brief.href(latest.id)} className="font-medium underline">
          {latest.series}
        </Link>
        , published <DateText date={latest.publishedOn} /> · reporting period{" "}
        <DateText date={latest.reportingPeriod.start} /> –{" "}
        <DateText date={latest.reportingPeriod.end} />
      </PageHeader>
      <section aria-labelledby="counts-title" className="mb-8">
        <h2 id="counts-title" className="sr-only">
          In this brief
        </h2>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          {counts.map((count) => (
            <div
              key={count.label}
              className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
            >
              <dt className="text-sm text-stone-600 dark:text-stone-400">{count.label}</dt>
              <dd className="mt-1 flex items-baseline justify-between">
                <span className="text-3xl font-semibold tabular-nums">{count.value}</span>
                <Link
                  to={count.to}
                  className="text-sm text-accent-700 underline dark:text-accent-100"
                >
                  Explore {count.label.toLowerCase()}
                </Link>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="top5-title">
        <h2 id="top5-title" className="mb-3 text-lg font-semibold">
          MERICS Top 5
        </h2>
        <ol className="space-y-3">
          {top5.map((policy) => (
            <li
              key={policy.id}
              className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
            >
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
                <span className="font-semibold text-accent-700 dark:text-accent-100">
                  {policy.rank}
                </span>
                <DateText date={policy.date} />
                <IssuerTags issuers={policy.issuingBodies} />
              </div>
              <h3 className="mt-1 font-medium">
                <Link to={paths.brief.href(latest.id, policy.id)} className="hover:underline">
                  {policy.headline}
                </Link>
              </h3>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
