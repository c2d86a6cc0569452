/**
 * Readable, deterministic ids: a publication date and a few significant words, e.g.
 * "2023-04-14-going-hammer-tongs-china". The annotations file may pin other ids.
 */

const STOP_WORDS = new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "by",
  "for",
  "from",
  "has",
  "have",
  "in",
  "is",
  "its",
  "of",
  "on",
  "or",
  "that",
  "the",
  "their",
  "to",
  "will",
  "with",
]);

/** Lower-case ASCII words joined by hyphens; accents are dropped (Gränges → granges). */
export function toSlug(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/['’]s\b/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      // Stryker disable next-line Regex: the replace before it leaves no run of two hyphens
      .replace(/^-+|-+$/g, "")
  );
}

/** "2023-04-14" and a headline give "2023-04-14-" plus up to `count` significant words. */
export function idFromWords(date: string, text: string, count = 4): string {
  const words = toSlug(text)
    .split("-")
    .filter((word) => word !== "" && !STOP_WORDS.has(word))
    .slice(0, count);
  return [date, ...words].join("-");
}

// The next suffix to try per id and set: a thousand rows with one id would otherwise retry
// "-2", "-3", … from the start each time, quadratic in the repeats.
const nextSuffixes = new WeakMap<Set<string>, Map<string, number>>();

/** The id itself when free, otherwise the id with the first free suffix "-2", "-3", … */
export function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  if (taken.has(id)) {
    const next = nextSuffixes.get(taken) ?? new Map<string, number>();
    nextSuffixes.set(taken, next);
    let suffix = next.get(id) ?? 2;
    for (candidate = `${id}-${suffix}`; taken.has(candidate); candidate = `${id}-${suffix}`)
      suffix += 1;
    next.set(id, suffix + 1);
  }
  taken.add(candidate);
  return candidate;
}
