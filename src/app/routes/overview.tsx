import { Link } from "react-router";
import { AddedOnDeviceMark } from "@/components/entities/added-on-device-mark";
import { DateText } from "@/components/entities/date-text";
import { IssuerTags } from "@/components/entities/issuer-tags";
import { EmptyState } from "@/components/feedback/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { paths } from "@/config/paths";
import { useLoadedDataset } from "@/data/dataset-query";
import { countBriefItems, describeBriefContents } from "@/domain/briefs/brief-outline";
import { selectLatestBrief } from "@/domain/briefs/latest-brief";
import { countText, pluralNoun } from "@/lib/count-text";
import { OverviewCounts } from "@/app/routes/overview-counts";
import { OVERVIEW_LIST_LIMIT, OverviewItemList } from "@/app/routes/overview-item-list";
import { NewInBrief } from "@/features/briefs/new-in-brief";
import { PoliciesByIssuerChart } from "@/features/briefs/policies-by-issuer-chart";

const card =
  "rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900";

export function OverviewPage() {
  const dataset = useLoadedDataset();
  const latest = selectLatestBrief(dataset.briefs);
  if (!latest) {
    return (
      <>
        <PageHeader title="Overview" />
        <EmptyState
          title={
            dataset.briefs.length === 0 ? "No briefs are loaded" : "Every loaded brief is empty"
          }
        >
          Add a brief to public/data/index.json, or check the notice above for files that failed.
        </EmptyState>
      </>
    );
  }
  const counts = countBriefItems(latest);
  const top5 = latest.policies.filter((p) => p.kind === "top5");
  const policyNews = latest.policies.filter((p) => p.kind === "news");
  return (
    <>
      <PageHeader title="Overview">
        <p>
          This dashboard turns the monthly MERICS China Industries briefs on China&rsquo;s
          industrial policy into data to browse, chart and export;{" "}
          {countText(dataset.briefs.length, "brief")}{" "}
          {pluralNoun(dataset.briefs.length, "is", "are")} loaded.
        </p>
        <p className="mt-1">
          The latest brief,{" "}
          <Link to={paths.brief.href(latest.id)} className="font-medium underline">
            {latest.series}
          </Link>{" "}
          of <DateText date={latest.publishedOn} />, covers{" "}
          <DateText date={latest.reportingPeriod.start} /> –{" "}
          <DateText date={latest.reportingPeriod.end} /> and holds {describeBriefContents(counts)}.
        </p>
      </PageHeader>
      <div className="mb-8 grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <OverviewCounts counts={counts} />
        <PoliciesByIssuerChart brief={latest} />
      </div>
      <NewInBrief brief={latest} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="top5-title">
          <h2 id="top5-title" className="mb-3 text-lg font-semibold">
            MERICS Top 5
          </h2>
          <ol className="space-y-3">
            {top5.map((policy) => (
              <li key={policy.id} className={card}>
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
                  <span className="font-semibold text-accent-700 dark:text-accent-100">
                    {policy.rank}
                  </span>
                  <DateText date={policy.date} />
                  <IssuerTags issuers={policy.issuingBodies} />
                  <AddedOnDeviceMark added={policy.added} />
                </div>
                <h3 className="mt-1 font-medium">
                  <Link to={paths.brief.href(latest.id, policy.id)} className="hover:underline">
                    {policy.headline}
                  </Link>
                </h3>
                <p className="mt-1 line-clamp-2 text-sm text-stone-600 dark:text-stone-400">
                  {policy.summary}
                </p>
              </li>
            ))}
          </ol>
        </section>
        <div className="space-y-8">
          <OverviewItemList
            title="Policy news"
            items={policyNews.slice(0, OVERVIEW_LIST_LIMIT).map((policy) => ({
              id: policy.id,
              date: policy.date,
              meta: <IssuerTags issuers={policy.issuingBodies} />,
              text: policy.summary,
              added: policy.added,
            }))}
            total={policyNews.length}
            hrefOf={(id) => paths.brief.href(latest.id, id)}
            moreHref={paths.brief.href(latest.id, "policy-news")}
          />
          <OverviewItemList
            title="Corporate news"
            items={latest.corporateNews.slice(0, OVERVIEW_LIST_LIMIT).map((item) => ({
              id: item.id,
              date: item.date,
              meta: item.companies.map((company) => company.name).join(", "),
              text: item.text,
              added: item.added,
            }))}
            total={latest.corporateNews.length}
            hrefOf={(id) => paths.brief.href(latest.id, id)}
            moreHref={paths.brief.href(latest.id, "corporate-news")}
          />
        </div>
      </div>
    </>
  );
}
