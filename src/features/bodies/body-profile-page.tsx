import { useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { DateText } from "@/components/entities/date-text";
import { ZhText } from "@/components/entities/zh-text";
import { EmptyState } from "@/components/feedback/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ISSUER_PARAM } from "@/core/url-params";
import { paths } from "@/config/paths";
import { useLoadedDataset } from "@/data/dataset-query";
import type { IssuingBody } from "@/data/model";
import { BODY_KIND_LABELS } from "@/core/body-kinds";
import { selectBodyProfile, type PeriodGranularity } from "@/domain/bodies/body-profile";
import { selectDocumentIndex } from "@/domain/derived/dataset-derived";
import { describeSources } from "@/domain/source-line";
import { policyTitle } from "@/domain/timeline/policy-label";
import { BodyDocumentsChart } from "@/features/bodies/body-documents-chart";
import { BodyTargetsChart } from "@/features/bodies/body-targets-chart";
import { startInteraction, useInteractionMeasure } from "@/lib/perf";
import { countText, formatCount } from "@/lib/count-text";

const BY_PARAM = "by";

/** The granularity in the URL (`?by=quarter`); anything else is by month. */
function parseGranularity(params: URLSearchParams): PeriodGranularity {
  return params.get(BY_PARAM) === "quarter" ? "quarter" : "month";
}

const heading = "mb-2 font-semibold";

/** An issuing body across every brief: its names, documents over time, partners and targets. */
export function BodyProfilePage({ body }: { body: IssuingBody }) {
  // "body:render": from the first render, data loaded, to the commit (npm run bench).
  useState(() => startInteraction("body:render"));
  useInteractionMeasure("body:render", [body.id]);
  const dataset = useLoadedDataset();
  const [params, setParams] = useSearchParams();
  const by = parseGranularity(params);
  const profile = useMemo(
    () => selectBodyProfile(dataset, selectDocumentIndex(dataset), body, by),
    [dataset, body, by],
  );
  const source = useMemo(() => describeSources(dataset.briefs), [dataset.briefs]);
  const onByChange = (next: PeriodGranularity) =>
    setParams(next === "month" ? {} : { [BY_PARAM]: next });
  return (
    <>
      <PageHeader title={body.nameEn}>
        <ZhText className="text-lg">{body.nameZh}</ZhText>
      </PageHeader>
      <dl className="mb-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="text-stone-600 dark:text-stone-400">Acronym</dt>
        <dd>{body.acronym}</dd>
        <dt className="text-stone-600 dark:text-stone-400">Kind</dt>
        <dd>{BODY_KIND_LABELS[body.kind]}</dd>
        {body.aliases.length > 0 && (
          <>
            <dt className="text-stone-600 dark:text-stone-400">Also known as</dt>
            <dd>{body.aliases.join(", ")}</dd>
          </>
        )}
        <dt className="text-stone-600 dark:text-stone-400">Documents</dt>
        <dd>
          {formatCount(profile.documents)} ({formatCount(profile.asLead)} as lead issuer) ·{" "}
          <Link to={paths.timeline.href({ [ISSUER_PARAM]: body.id })} className="underline">
            on the timeline
          </Link>{" "}
          ·{" "}
          <Link to={paths.targets.href({ [ISSUER_PARAM]: body.id })} className="underline">
            its targets
          </Link>
        </dd>
      </dl>
      {profile.documents === 0 ? (
        <EmptyState title={`No brief reports a document of ${body.acronym} yet`} />
      ) : (
        <div className="space-y-8">
          <BodyDocumentsChart
            body={body}
            rows={profile.byPeriod}
            yearOnly={profile.yearOnly}
            by={by}
            source={source}
            onByChange={onByChange}
          />
          <div className="grid gap-8 md:grid-cols-2">
            <section aria-labelledby="co-issuers-title">
              <h2 id="co-issuers-title" className={heading}>
                Co-issues most with
              </h2>
              {profile.coIssuers.length === 0 ? (
                <p className="text-sm text-stone-600 dark:text-stone-400">
                  No co-issued documents.
                </p>
              ) : (
                <ol className="space-y-1 text-sm">
                  {profile.coIssuers.slice(0, 10).map(({ body: other, documents }) => (
                    <li key={other.id}>
                      <Link to={paths.body.href(other.id)} className="underline">
                        {other.acronym}
                      </Link>{" "}
                      {other.nameEn}: {countText(documents, "document")}
                    </li>
                  ))}
                </ol>
              )}
            </section>
            <section aria-labelledby="sectors-title">
              <h2 id="sectors-title" className={heading}>
                Sectors
              </h2>
              <ol className="space-y-1 text-sm">
                {profile.sectors.map(({ sector, documents }) => (
                  <li key={sector.id}>
                    {sector.nameEn}: {countText(documents, "document")}
                  </li>
                ))}
              </ol>
            </section>
          </div>
          <BodyTargetsChart body={body} rows={profile.targetsByYear} source={source} />
          <section aria-labelledby="latest-title">
            <h2 id="latest-title" className={heading}>
              Latest items
            </h2>
            <ul className="space-y-2 text-sm">
              {profile.latest.map((policy) => (
                <li key={policy.id}>
                  <DateText date={policy.date} />:{" "}
                  <Link to={paths.brief.href(policy.briefId, policy.id)} className="underline">
                    {policyTitle(policy)}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </>
  );
}
