/** One choice in a faceted filter: an issuing body, a company, a country, a sector… */
export interface FacetOption {
  value: string;
  label: string;
  /** Longer text shown under the label, e.g. the full English name… */
  description?: string;
  /** …and the Chinese name, marked as Chinese for fonts and screen readers. */
  descriptionZh?: string;
  /** Every name the option answers to: acronym, English and Chinese names, aliases. */
  keywords: readonly string[];
  /** Matching items under the other active filters. */
  count: number;
  /**
   * Whether any item of the data shown has this value; one that none has is out of reach of
   * every filter combination, so it is listed only when all values are asked for.
   */
  occurs: boolean;
}

/** The options to list: those that occur in the data shown, and any selected; or every one. */
export function listFacetOptions(
  options: readonly FacetOption[],
  selected: ReadonlySet<string>,
  showAll: boolean,
): readonly FacetOption[] {
  return showAll ? options : options.filter((o) => o.occurs || selected.has(o.value));
}

function rank(option: FacetOption, query: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (const keyword of [option.label, ...option.keywords]) {
    const text = keyword.toLocaleLowerCase();
    if (text === query) return 0;
    if (text.startsWith(query)) best = Math.min(best, 1);
    else if (text.split(/[\s\-–()]+/).some((word) => word.startsWith(query)))
      best = Math.min(best, 2);
    else if (text.includes(query)) best = Math.min(best, 3);
  }
  return best;
}

/**
 * Options that answer to `query` (case-insensitive, any keyword): exact names first, then
 * prefixes, word prefixes and substrings, each by count. Selected options always stay listed.
 */
export function matchFacetOptions(
  options: readonly FacetOption[],
  query: string,
  selected: ReadonlySet<string>,
  limit = Number.POSITIVE_INFINITY,
): FacetOption[] {
  const needle = query.trim().toLocaleLowerCase();
  // Selected options that do not match stay listed, after the matches; the order never jumps
  // when an option is toggled, so keyboard users keep their place.
  const scored = options
    .map((option) => {
      const score = needle ? rank(option, needle) : 1;
      return {
        option,
        score: Number.isFinite(score) ? score : selected.has(option.value) ? 4 : score,
      };
    })
    .filter(({ score }) => Number.isFinite(score));
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      b.option.count - a.option.count ||
      a.option.label.localeCompare(b.option.label),
  );
  return scored.slice(0, Math.max(limit, selected.size)).map(({ option }) => option);
}
