import { formatCalendarDate } from "@/core/calendar-date";
import { DEAL_KIND_LABELS } from "@/core/deal-kinds";
import type { NewsFilters } from "@/domain/news/news-filters";

/** Names for the ids a filter holds; an unknown id reads as itself. */
export interface NewsNameLookup {
  company: (id: string) => string | undefined;
  country: (code: string) => string | undefined;
  sector: (id: string) => string | undefined;
}

function describeDates(filters: Pick<NewsFilters, "from" | "to">): string | null {
  const { from, to } = filters;
  if (from && to) return `${formatCalendarDate(from)} – ${formatCalendarDate(to)}`;
  if (from) return `from ${formatCalendarDate(from)}`;
  if (to) return `until ${formatCalendarDate(to)}`;
  return null;
}

/**
 * The active filters in words, for chart subtitles and exports:
 * "Germany · Volkswagen · Joint venture · cross-border only · text “cariad”"; countries read as
 * places say so: "happening in China".
 */
export function describeNewsFilters(filters: NewsFilters, names: NewsNameLookup): string {
  const list = (ids: readonly string[], name: (id: string) => string | undefined) =>
    ids.map((id) => name(id) ?? id).join(", ");
  const query = filters.query.trim();
  const parts = [
    filters.countries.length > 0 && filters.countryOf === "place"
      ? `happening in ${list(filters.countries, names.country)}`
      : list(filters.countries, names.country),
    list(filters.companies, names.company),
    filters.dealKinds.map((kind) => DEAL_KIND_LABELS[kind]).join(", "),
    list(filters.sectors, names.sector),
    filters.crossBorder ? "cross-border only" : "",
    describeDates(filters) ?? "",
    query ? `text “${query}”` : "",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : "All corporate news";
}
