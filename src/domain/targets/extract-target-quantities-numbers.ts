/**
 * Finding numbers in English policy prose: figures ("10,000", "2.5"), number words ("twelve"),
 * fractions ("one fifth" = 20 percent) and multipliers ("21 billion"). Names that contain digits
 * (IPv6, 5G, 3D, A320) and calendar years are not quantities.
 */

export interface NumberToken {
  value: number;
  /** Index of the first character of the number (or of its currency code) in the sentence. */
  start: number;
  /** Index just past the number, its multiplier and its percent sign or word. */
  end: number;
  /** "percent" when the number is a share, a currency code for money, otherwise null. */
  unit: string | null;
}

const WORD_VALUES: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};

/** Parts of a whole per fraction word: "fifth" is one part in 5. */
const FRACTION_PARTS: Record<string, number> = {
  half: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  tenth: 10,
  tenths: 10,
};

const MULTIPLIERS: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

const CURRENCIES: Record<string, string> = {
  CNY: "CNY",
  RMB: "CNY",
  USD: "USD",
  EUR: "EUR",
  $: "USD",
  "€": "EUR",
};

const FIGURE =
  /(?<![\p{L}\p{N}.,+]|\d-)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\p{L}\p{N}+]|[.,]\d|-\d)/gu;
const WORD = new RegExp(`\\b(${Object.keys(WORD_VALUES).join("|")})\\b(?!-)`, "gi");
const FRACTION = /\b(one|a|two|three)[\s-]+(half|thirds?|quarters?|fifths?|tenths?)\b/gi;
const YEAR_LIKE = /^(?:19|20|21)\d{2}$/;
const AFTER = /^(?:\s*(thousand|million|billion|trillion)\b)?(?:\s*(%|percent\b|per cent\b))?/i;
const CURRENCY_BEFORE = /(CNY|RMB|USD|EUR|\$|€)\s*$/;

/** Every quantity-like number in the sentence, in order of appearance. */
export function findNumbers(sentence: string): NumberToken[] {
  const found: NumberToken[] = [];
  for (const match of sentence.matchAll(FRACTION)) {
    const count =
      match[1]?.toLowerCase() === "two" ? 2 : match[1]?.toLowerCase() === "three" ? 3 : 1;
    const parts = FRACTION_PARTS[match[2]?.toLowerCase() ?? ""] ?? 1;
    found.push({
      // In percent, to two decimals: "two thirds" is 66.67.
      value: Math.round((count * 10_000) / parts) / 100,
      start: match.index,
      end: match.index + match[0].length,
      unit: "percent",
    });
  }
  // Only a fraction ("two thirds") can hold a number word; figures are digits.
  const fractions = [...found];
  for (const match of sentence.matchAll(FIGURE)) {
    const digits = match[1] ?? "";
    if (YEAR_LIKE.test(digits)) continue;
    found.push(withSuffixes(sentence, match.index, match.index + digits.length, toNumber(digits)));
  }
  for (const match of sentence.matchAll(WORD)) {
    const value = WORD_VALUES[match[1]?.toLowerCase() ?? ""];
    if (value === undefined || fractions.some((t) => overlaps(t, match.index))) continue;
    found.push(withSuffixes(sentence, match.index, match.index + match[0].length, value));
  }
  return found.sort((a, b) => a.start - b.start);
}

function withSuffixes(sentence: string, start: number, end: number, value: number): NumberToken {
  const after = AFTER.exec(sentence.slice(end));
  const multiplier = MULTIPLIERS[after?.[1]?.toLowerCase() ?? ""] ?? 1;
  const isPercent = after?.[2] !== undefined;
  const currency = CURRENCY_BEFORE.exec(sentence.slice(Math.max(0, start - 8), start));
  const code = currency?.[1] === undefined ? null : (CURRENCIES[currency[1]] ?? null);
  return {
    value: value * multiplier,
    start: currency && code ? start - currency[0].length : start,
    end: end + (after?.[0].length ?? 0),
    unit: isPercent ? "percent" : code,
  };
}

function toNumber(digits: string): number {
  return Number(digits.replaceAll(",", ""));
}

function overlaps(token: NumberToken, index: number): boolean {
  return index >= token.start && index < token.end;
}

/** "three" → 3, "a" / "an" / "one" → 1, "30" → 30; null for anything else. */
export function parseCount(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower === "a" || lower === "an" || lower === "one") return 1;
  if (/^\d+$/.test(lower)) return Number(lower);
  return WORD_VALUES[lower] ?? null;
}
