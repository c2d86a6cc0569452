import { memo } from "react";
import { Link } from "react-router";
import type { Company } from "@/data/model";
import { paths } from "@/config/paths";
import { AnnotationMark } from "@/components/entities/annotation-mark";
import { CountryTag } from "@/components/entities/country-tag";
import { HighlightedText } from "@/components/entities/highlighted-text";
import { splitHighlights } from "@/domain/news/highlight-matches";
import { Button } from "@/components/ui/button";

interface CompanyChipProps {
  company: Company;
  terms: readonly string[];
  /** The company or country is the whole current selection of its filter. */
  isCompanyFilter: boolean;
  isCountryFilter: boolean;
  onCompany: (companyId: string) => void;
  onCountry: (code: string) => void;
}

/**
 * A company named by a news item: its name and its home country are each a filter (one click
 * narrows the list to them), and a link opens the company's page.
 */
export function CompanyChip({
  company,
  terms,
  isCompanyFilter,
  isCountryFilter,
  onCompany,
  onCountry,
}: CompanyChipProps) {
  return (
    <li className="inline-flex items-stretch overflow-hidden rounded-full border border-stone-300 bg-white text-xs dark:border-stone-700 dark:bg-stone-900">
      <Button
        variant="segment"
        size="chip"
        aria-pressed={isCompanyFilter}
        onClick={() => onCompany(company.id)}
        aria-label={`Filter by ${company.name}`}
        className="print-keep font-medium"
      >
        <HighlightedText segments={splitHighlights(company.name, terms)} />
      </Button>
      <CountryAndPage company={company} isCountryFilter={isCountryFilter} onCountry={onCountry} />
    </li>
  );
}

/** The chip's parts no search term changes, memoised: a keystroke leaves them alone. */
const CountryAndPage = memo(function CountryAndPage({
  company,
  isCountryFilter,
  onCountry,
}: Pick<CompanyChipProps, "company" | "isCountryFilter" | "onCountry">) {
  const { country } = company;
  const isAnnotated = company.annotated.includes("country");
  return (
    <>
      <Button
        variant="segment"
        size="chip"
        aria-pressed={isCountryFilter}
        onClick={() => onCountry(country.code)}
        aria-label={`Filter by home country ${country.nameEn} (${country.code})${isAnnotated ? ", an annotation" : ""}`}
        title={`${country.nameEn}${isAnnotated ? " (home country is an annotation)" : ""}`}
        className="print-keep border-l border-stone-300 dark:border-stone-700"
      >
        <CountryTag country={country} />
        {isAnnotated && <AnnotationMark what="Home country" />}
      </Button>
      <Link
        to={paths.company.href(company.id)}
        aria-label={`${company.name}: company page`}
        title={`${company.name}: all news and details`}
        className="flex items-center border-l border-stone-300 px-1.5 text-stone-600 hover:bg-stone-200 dark:border-stone-700 dark:text-stone-300 dark:hover:bg-stone-700"
      >
        <span aria-hidden="true">→</span>
      </Link>
    </>
  );
});
