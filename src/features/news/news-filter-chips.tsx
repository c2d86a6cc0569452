import { FilterChips, type FilterChip } from "@/components/filters/filter-chips";
import { formatCalendarDate } from "@/core/calendar-date";
import { DEAL_KIND_LABELS } from "@/core/deal-kinds";
import type { NewsNameLookup } from "@/domain/news/describe-news-filters";
import type { NewsFilters } from "@/domain/news/news-filters";
import type { UpdateNewsFilters } from "@/features/news/use-news-filters";

interface NewsFilterChipsProps {
  filters: NewsFilters;
  names: NewsNameLookup;
  onChange: UpdateNewsFilters;
  onClearAll: () => void;
}

/** The active filters as removable chips: one per company, country, kind, sector and range. */
export function NewsFilterChips({ filters, names, onChange, onClearAll }: NewsFilterChipsProps) {
  const without = <T,>(list: readonly T[], value: T) => list.filter((v) => v !== value);
  const chips: FilterChip[] = [
    ...filters.companies.map((id) => ({
      key: `company:${id}`,
      label: names.company(id) ?? id,
      onRemove: () => onChange({ companies: without(filters.companies, id) }),
    })),
    ...filters.countries.map((code) => ({
      key: `country:${code}`,
      label: `${filters.countryOf === "place" ? "Happening in " : ""}${names.country(code) ?? code} (${code})`,
      onRemove: () => onChange({ countries: without(filters.countries, code) }),
    })),
    ...filters.dealKinds.map((kind) => ({
      key: `kind:${kind}`,
      label: DEAL_KIND_LABELS[kind],
      onRemove: () => onChange({ dealKinds: without(filters.dealKinds, kind) }),
    })),
    ...filters.sectors.map((id) => ({
      key: `sector:${id}`,
      label: names.sector(id) ?? id,
      onRemove: () => onChange({ sectors: without(filters.sectors, id) }),
    })),
  ];
  if (filters.crossBorder) {
    chips.push({
      key: "cross-border",
      label: "Cross-border",
      onRemove: () => onChange({ crossBorder: false }),
    });
  }
  if (filters.from) {
    chips.push({
      key: "from",
      label: `From ${formatCalendarDate(filters.from)}`,
      onRemove: () => onChange({ from: null }),
    });
  }
  if (filters.to) {
    chips.push({
      key: "to",
      label: `Until ${formatCalendarDate(filters.to)}`,
      onRemove: () => onChange({ to: null }),
    });
  }
  if (filters.query.trim()) {
    chips.push({
      key: "query",
      label: `Text: ${filters.query.trim()}`,
      onRemove: () => onChange({ query: "" }),
    });
  }
  return <FilterChips chips={chips} onClearAll={onClearAll} />;
}
