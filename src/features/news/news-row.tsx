import { memo } from "react";
import { Link } from "react-router";
import type { CorporateNews } from "@/data/model";
import { DateText } from "@/components/entities/date-text";
import { SourceLabels } from "@/components/entities/source-labels";
import { paths } from "@/config/paths";
import { formatCalendarDate } from "@/core/calendar-date";
import { DEAL_KIND_LABELS } from "@/core/deal-kinds";
import { AddedOnDeviceMark } from "@/components/entities/added-on-device-mark";
import { AnnotationMark } from "@/components/entities/annotation-mark";
import { CompanyChip } from "@/features/news/company-chip";
import { NewsPlace } from "@/components/entities/news-place";
import { HighlightedText } from "@/components/entities/highlighted-text";
import { splitHighlights } from "@/domain/news/highlight-matches";

export interface NewsRowActions {
  onCompany: (companyId: string) => void;
  /** A company's home country was clicked… */
  onCountry: (code: string) => void;
  /** …or the country where the item happens. */
  onPlace: (code: string) => void;
  /** The only selected company, home country and place, whose chips show as pressed. */
  soleCompany: string | null;
  soleCountry: string | null;
  solePlace: string | null;
}

interface NewsRowProps extends NewsRowActions {
  item: CorporateNews;
  terms: readonly string[];
  /** "MERICS China Industries, 3 May 2023": the brief the item comes from. */
  briefLabel: string;
}

/**
 * One corporate news item: date, kind of deal, brief, text, companies, place and sources. Memoised, and
 * so are its parts that no search term changes: a keystroke redraws the highlighted text only,
 * and a row that merely re-measures its height does not redraw at all.
 */
export const NewsRow = memo(function NewsRow({
  item,
  terms,
  briefLabel,
  ...actions
}: NewsRowProps) {
  return (
    <article
      aria-label={`${formatCalendarDate(item.date)}: ${item.companies.map((c) => c.name).join(", ")}`}
      className="border-b border-stone-200 py-3 pr-2 dark:border-stone-800"
    >
      <NewsRowFacts item={item} briefLabel={briefLabel} />
      <p className="mt-1">
        <HighlightedText segments={splitHighlights(item.text, terms)} />
      </p>
      <ul aria-label="Companies" className="mt-2 flex flex-wrap gap-1.5">
        {item.companies.map((company) => (
          <CompanyChip
            key={company.id}
            company={company}
            terms={terms}
            isCompanyFilter={actions.soleCompany === company.id}
            isCountryFilter={actions.soleCountry === company.country.code}
            onCompany={actions.onCompany}
            onCountry={actions.onCountry}
          />
        ))}
      </ul>
      {item.location && (
        <p className="mt-2 text-xs text-stone-600 dark:text-stone-400">
          <NewsPlace
            location={item.location}
            annotated={item.annotated}
            isPlaceFilter={actions.solePlace === item.location.country.code}
            onPlace={actions.onPlace}
          />
        </p>
      )}
      {item.sources.length > 0 && (
        <p className="mt-1.5">
          <SourceLabels sources={item.sources} />
        </p>
      )}
    </article>
  );
});

/** The line above the text: date, kind of deal, sectors and the brief (and if added here, when). */
const NewsRowFacts = memo(function NewsRowFacts({
  item,
  briefLabel,
}: Pick<NewsRowProps, "item" | "briefLabel">) {
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
      <DateText date={item.date} />
      <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-700 dark:bg-stone-800 dark:text-stone-200">
        {DEAL_KIND_LABELS[item.dealKind]}
        {item.annotated.includes("dealKind") && <AnnotationMark what="Kind of deal" />}
      </span>
      {item.sectors.length > 0 && (
        <span className="text-xs">
          {item.sectors.map((sector) => sector.nameEn).join(", ")}
          {item.annotated.includes("sectors") && <AnnotationMark what="Sectors" />}
        </span>
      )}
      <Link to={paths.brief.href(item.briefId)} className="text-xs underline">
        {briefLabel}
      </Link>
      <AddedOnDeviceMark added={item.added} />
    </p>
  );
});
