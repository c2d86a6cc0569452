import { memo } from "react";
import { FacetMultiSelect } from "@/components/filters/facet-multi-select";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { startInteraction } from "@/lib/perf";
import { isDealKind } from "@/core/deal-kinds";
import type { NewsFacetOptions } from "@/domain/news/news-facet-options";
import type { NewsCountryMode, NewsFilters } from "@/domain/news/news-filters";
import type { Quarter } from "@/domain/news/quarters";
import { NewsDateRange } from "@/features/news/news-date-range";
import { NewsSearchBox } from "@/features/news/news-search-box";
import type { UpdateNewsFilters } from "@/features/news/use-news-filters";
import { formatCount } from "@/lib/count-text";

interface NewsFacetFiltersProps {
  /** The settled filters: they follow typing once it rests (see useNewsResults). */
  filters: NewsFilters;
  options: NewsFacetOptions;
  crossBorderCount: number;
  quarters: readonly Quarter[];
  onChange: UpdateNewsFilters;
}

interface NewsFilterPanelProps extends NewsFacetFiltersProps {
  /** The search text, which follows every keystroke. */
  query: string;
  onQueryChange: (query: string) => void;
  /** Typing is over (the field lost focus): the query belongs in the URL now. */
  onQueryCommit: () => void;
}

/** The two readings of the country filter; each option lists its count in both. */
const COUNTRY_MODE_OPTIONS: readonly { value: NewsCountryMode; label: string }[] = [
  { value: "company", label: "Company from" },
  { value: "place", label: "Happening in" },
];

/** The thousands of companies show the best matches only; typing finds the rest. */
const MAX_VISIBLE_COMPANIES = 50;

/** Every filter of the page; each change is timed as "news:filter", typing as "news:search". */
export function NewsFilterPanel({
  query,
  onQueryChange,
  onQueryCommit,
  ...facets
}: NewsFilterPanelProps) {
  return (
    <div className="flex flex-col gap-5">
      <NewsSearchBox
        value={query}
        onChange={(query) => {
          startInteraction("news:search");
          onQueryChange(query);
        }}
        onBlur={onQueryCommit}
      />
      <NewsFacetFilters {...facets} />
    </div>
  );
}

/** The facets, memoised: a keystroke that leaves their inputs alone does not re-render them. */
const NewsFacetFilters = memo(function NewsFacetFilters({
  filters,
  options,
  crossBorderCount,
  quarters,
  onChange,
}: NewsFacetFiltersProps) {
  const change: UpdateNewsFilters = (next, how) => {
    startInteraction("news:filter");
    onChange(next, how);
  };
  return (
    <>
      <FacetMultiSelect
        label="Company"
        options={options.companies}
        selected={filters.companies}
        onChange={(companies) => change({ companies })}
        searchPlaceholder="Name or alias, e.g. VW"
        maxVisible={MAX_VISIBLE_COMPANIES}
      />
      <div>
        <ChoiceGroup
          label="Country:"
          options={COUNTRY_MODE_OPTIONS}
          value={filters.countryOf}
          onChange={(countryOf) => change({ countryOf })}
        />
        <FacetMultiSelect
          label={filters.countryOf === "place" ? "Where it happens" : "Home country"}
          options={options.countries}
          selected={filters.countries}
          onChange={(countries) => change({ countries })}
          searchPlaceholder="Name or code, e.g. DE"
        />
      </div>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          checked={filters.crossBorder}
          onChange={(event) => change({ crossBorder: event.target.checked })}
          className="mt-0.5 accent-accent-700"
        />
        <span>
          Cross-border only{" "}
          <span className="text-stone-500 dark:text-stone-400">
            ({formatCount(crossBorderCount)})
          </span>
          <span className="block text-xs text-stone-500 dark:text-stone-400">
            A Chinese and a foreign company together
          </span>
        </span>
      </label>
      <NewsDateRange from={filters.from} to={filters.to} quarters={quarters} onChange={change} />
      <FacetMultiSelect
        label="Kind of deal"
        options={options.dealKinds}
        selected={filters.dealKinds}
        onChange={(values) => change({ dealKinds: values.filter(isDealKind) })}
      />
      <FacetMultiSelect
        label="Sector"
        options={options.sectors}
        selected={filters.sectors}
        onChange={(sectors) => change({ sectors })}
      />
    </>
  );
});
