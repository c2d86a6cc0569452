const COUNT = new Intl.NumberFormat("en");

/** A count as the app writes it everywhere: "1,204". */
export const formatCount = (count: number): string => COUNT.format(count);

/** The noun for a count: singular for one, else `plural` (the singular plus "s" by default). */
export function pluralNoun(count: number, singular: string, plural = `${singular}s`): string {
  return count === 1 ? singular : plural;
}

/** A count with its noun: "1 company", "12 companies", "1,204 items". */
export function countText(count: number, singular: string, plural?: string): string {
  return `${formatCount(count)} ${pluralNoun(count, singular, plural)}`;
}
