import type { CorporateNews } from "../../src/data/model";
import { lastOrdinal } from "../../src/core/calendar-date";
import type { NewsFilters } from "../../src/domain/news/news-filters";
import { isCrossBorder } from "../../src/domain/news/news-index";
import { compareNews } from "../../src/domain/news/news-order";
import {
  foldText,
  toNewsSearchText,
  toSearchTerms,
  toTermPattern,
} from "../../src/domain/news/search-text";

/**
 * The baseline the index is measured against, for benchmarks and the equivalence test only: a
 * linear `Array.filter` that lower-cases every item's text on every call, then a full sort.
 * Same rules and same answers as `filterNews`.
 */
export function filterNewsNaive(
  items: readonly CorporateNews[],
  filters: NewsFilters,
): CorporateNews[] {
  const patterns = toSearchTerms(filters.query).map((term) => toTermPattern(term));
  const from = filters.from?.ordinal ?? Number.NEGATIVE_INFINITY;
  const to = filters.to ? lastOrdinal(filters.to) : Number.POSITIVE_INFINITY;
  const anyOf = (selected: readonly string[], values: readonly string[]) =>
    selected.length === 0 || values.some((value) => selected.includes(value));
  return items
    .filter((item) => {
      if (item.date.ordinal < from || item.date.ordinal > to) return false;
      if (
        !anyOf(
          filters.companies,
          item.companies.map((c) => c.id),
        )
      )
        return false;
      if (
        !anyOf(
          filters.countries,
          filters.countryOf === "place"
            ? [item.location?.country.code ?? ""]
            : item.companies.map((c) => c.country.code),
        )
      )
        return false;
      if (!anyOf(filters.dealKinds, [item.dealKind])) return false;
      if (
        !anyOf(
          filters.sectors,
          item.sectors.map((s) => s.id),
        )
      )
        return false;
      if (filters.crossBorder && !isCrossBorder(item)) return false;
      if (patterns.length === 0) return true;
      const text = foldText(toNewsSearchText(item));
      return patterns.every((pattern) => pattern.test(text));
    })
    .sort(compareNews(filters.sort));
}
