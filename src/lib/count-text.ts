const COUNT = new Intl.NumberFormat("en");

/** The noun for a count: singular for one, else `plural` (the singular plus "s" by default). */
export function pluralNoun(count: number, singular: string, plural = `${singular}s`): string {
  return count === 1 ? singular : plural;
}

/** A count with its noun: "1 company", "12 companies", "1,204 items". */
export function countText(count: number, singular: string, plural?: string): string {
  return `${COUNT.format(count)} ${pluralNoun(count, singular, plural)}`;
}
