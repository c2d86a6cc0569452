import { useMemo } from "react";
import { Link, useNavigate } from "react-router";
import { EmptyState } from "@/components/feedback/empty-state";
import { ZhText } from "@/components/entities/zh-text";
import { PageHeader } from "@/components/ui/page-header";
import { paths } from "@/config/paths";
import { useLoadedDataset } from "@/data/dataset-query";
import type { Company } from "@/data/model";
import { CountryTag } from "@/components/entities/country-tag";
import { DEFAULT_NEWS_FILTERS, toNewsLinkParams } from "@/domain/news/news-filters";
import { queryNews } from "@/domain/news/query-news";
import { selectRelatedCompanies } from "@/domain/news/related-companies";
import { isHanTerm } from "@/domain/news/search-text";
import { selectBriefSourceLines, selectNewsIndex } from "@/domain/derived/dataset-derived";
import { AnnotationMark } from "@/components/entities/annotation-mark";
import { NewsList } from "@/features/news/news-list";
import { formatCount } from "@/lib/count-text";

const newsHref = (change: Partial<typeof DEFAULT_NEWS_FILTERS>) =>
  paths.news.href(toNewsLinkParams(change));

function CompanyLinks({ companies }: { companies: readonly Company[] }) {
  return companies.map((company, at) => (
    <span key={company.id}>
      {at > 0 && ", "}
      <Link to={paths.company.href(company.id)} className="underline">
        {company.name}
      </Link>
    </span>
  ));
}

/** A company: its names, home country, related companies and all its news across briefs. */
export function CompanyProfile({ company }: { company: Company }) {
  const dataset = useLoadedDataset();
  const navigate = useNavigate();
  const index = selectNewsIndex(dataset);
  const positions = useMemo(
    () => queryNews(index, { ...DEFAULT_NEWS_FILTERS, companies: [company.id] }).positions,
    [index, company.id],
  );
  const briefLabels = selectBriefSourceLines(dataset);
  const { parent, subsidiaries } = selectRelatedCompanies(dataset.registries.companies, company);
  const { country } = company;
  return (
    <>
      <PageHeader title={company.name}>
        {company.nameZh && <ZhText className="text-lg">{company.nameZh}</ZhText>}
      </PageHeader>
      <dl className="mb-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="text-stone-600 dark:text-stone-400">Home country</dt>
        <dd>
          <CountryTag country={country} /> ({country.code}) <ZhText>{country.nameZh}</ZhText>
          {company.annotated.includes("country") && <AnnotationMark what="Home country" />}
        </dd>
        {company.aliases.length > 0 && (
          <>
            <dt className="text-stone-600 dark:text-stone-400">Also known as</dt>
            <dd>
              {company.aliases.map((alias, at) => (
                <span key={alias}>
                  {at > 0 && ", "}
                  {isHanTerm(alias) ? <ZhText>{alias}</ZhText> : alias}
                </span>
              ))}
              {company.annotated.includes("aliases") && <AnnotationMark what="Aliases" />}
            </dd>
          </>
        )}
        {parent && (
          <>
            <dt className="text-stone-600 dark:text-stone-400">Part of</dt>
            <dd>
              <CompanyLinks companies={[parent]} />
            </dd>
          </>
        )}
        {subsidiaries.length > 0 && (
          <>
            <dt className="text-stone-600 dark:text-stone-400">Units</dt>
            <dd>
              <CompanyLinks companies={subsidiaries} />
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="company-news-title">
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="company-news-title" className="font-semibold">
            Corporate news naming {company.name} ({formatCount(positions.length)})
          </h2>
          <Link to={newsHref({ companies: [company.id] })} className="text-sm underline">
            Explore with filters and chart
          </Link>
        </div>
        <NewsList
          index={index}
          positions={positions}
          terms={[]}
          briefLabels={briefLabels}
          soleCompany={null}
          soleCountry={null}
          solePlace={null}
          onCompany={(id) => void navigate(newsHref({ companies: [id] }))}
          onCountry={(code) => void navigate(newsHref({ countries: [code] }))}
          onPlace={(code) => void navigate(newsHref({ countries: [code], countryOf: "place" }))}
          empty={<EmptyState title={`No corporate news names ${company.name} yet`} />}
        />
      </section>
    </>
  );
}
