import { useParams } from "react-router";
import { DateText } from "@/components/entities/date-text";
import { IssuerTags } from "@/components/entities/issuer-tags";
import { SourceLabels } from "@/components/entities/source-labels";
import { ZhText } from "@/components/entities/zh-text";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundPage } from "@/app/routes/not-found";
import { useLoadedDataset } from "@/data/dataset-query";

export function BriefPage() {
  const { briefId } = useParams();
  const brief = useLoadedDataset().briefs.find((b) => b.id === briefId);
  if (!brief) return <NotFoundPage />;
  return (
    <article>
      <PageHeader title={`${brief.series}, ${brief.publishedOn.iso}`}>
        Reporting period <DateText date={brief.reportingPeriod.start} /> –{" "}
        <DateText date={brief.reportingPeriod.end} />
      </PageHeader>
      {brief.policies.map((policy) => (
        <section key={policy.id} id={policy.id} className="mb-6">
          <h2 className="font-semibold">{policy.headline ?? policy.summary}</h2>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            <DateText date={policy.date} />
          </p>
          <IssuerTags issuers={policy.issuingBodies} />
          {policy.title.zh && <ZhText>{policy.title.zh}</ZhText>}
          <SourceLabels sources={policy.sources} />
        </section>
      ))}
    </article>
  );
}
