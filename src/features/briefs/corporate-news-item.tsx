import type { WindowListRow } from "@/components/ui/window-list";
import { DateText } from "@/components/entities/date-text";
import { SourceLabels } from "@/components/entities/source-labels";
import type { CorporateNews } from "@/data/model";
import { DEAL_KIND_LABELS } from "@/core/deal-kinds";
import { AnnotationMark } from "@/components/entities/annotation-mark";
import { NewsPlace } from "@/components/entities/news-place";
import { paths } from "@/config/paths";
import { toNewsLinkParams } from "@/domain/news/news-filters";
import { CompanyLinks } from "@/features/briefs/company-links";
import { itemAnchorProps } from "@/features/briefs/item-anchor";
import { SectorNames } from "@/features/briefs/sector-names";

/**
 * "April 6: Airbus signed … (Airbus press release)", with its companies, deal, sectors and where it
 * happens (linked to the news happening in that country).
 */
export function CorporateNewsItem({
  news,
  activeId,
  row,
}: {
  news: CorporateNews;
  activeId: string | null;
  /** Placement in a virtualised list. */
  row?: WindowListRow;
}) {
  const anchor = itemAnchorProps(news.id, activeId);
  return (
    <li {...anchor} {...row} className={`${anchor.className} py-1`}>
      <p>
        <em className="font-medium not-italic text-stone-600 dark:text-stone-400">
          <DateText date={news.date} />:
        </em>{" "}
        {news.text} <SourceLabels sources={news.sources} />
      </p>
      <div className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-stone-600 dark:text-stone-400">
        <CompanyLinks companies={news.companies} />
        <span>
          {DEAL_KIND_LABELS[news.dealKind]}
          {news.annotated.includes("dealKind") && <AnnotationMark what="Deal kind" />}
        </span>
        <SectorNames sectors={news.sectors} isAnnotated={news.annotated.includes("sectors")} />
        {news.location && (
          <NewsPlace
            location={news.location}
            annotated={news.annotated}
            href={paths.news.href(
              toNewsLinkParams({ countries: [news.location.country.code], countryOf: "place" }),
            )}
          />
        )}
      </div>
    </li>
  );
}
