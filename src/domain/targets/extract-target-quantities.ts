/**
 * Reads the numbers out of a target sentence as printed in a brief: "Reduce particulate matter
 * pollution … by more than 30 percent and reduce the energy consumption … by 5 percent compared
 * to 2020" gives two quantities, each with its value, unit, qualifier, direction and baseline.
 * A time limit on a duty ("update the algorithm within three months") is kept apart from the
 * deadline year. Used by the ingest to build targets; pure and total.
 */
import type { DURATION_UNITS, TargetDirection, TargetQualifier } from "@/data/schema";
import { findNumbers, parseCount, type NumberToken } from "./extract-target-quantities-numbers";

export type DurationUnit = (typeof DURATION_UNITS)[number];

export interface TargetQuantity {
  value: number;
  /** "percent", a currency code, or the counted noun ("cities", "key standards"); null if none. */
  unit: string | null;
  qualifier: TargetQualifier | null;
  direction: TargetDirection;
  baselineYear: number | null;
  /** What is measured, in the sentence's own words; null when the sentence does not say. */
  metric: string | null;
}

/** "update the algorithm within three months": a limit on a duty, not a date to meet a goal. */
export interface TargetTimeLimit {
  /** What must be done in time, as printed; null when the sentence does not say. */
  duty: string | null;
  amount: number;
  unit: DurationUnit;
}

export interface TargetExtraction {
  quantities: TargetQuantity[];
  /** The year named as deadline: "by 2025", "by the end of 2023". */
  targetYear: number | null;
  timeLimit: TargetTimeLimit | null;
}

const TARGET_YEAR =
  /\b(?:by|before|until|till|through|no later than)\s+(?:the\s+end\s+of\s+|end[-\s]|year[-\s]end\s+)?((?:19|20|21)\d{2})\b/i;
const BASELINE =
  /\b(?:compared\s+(?:to|with)|relative\s+to|against|(?:from|over|than(?:\s+in)?)(?=\s+(?:the\s+)?(?:19|20|21)\d{2}\s+levels?\b))\s+(?:the\s+)?((?:19|20|21)\d{2})\b/i;
const WITHIN = /\bwithin\s+(?:the\s+next\s+)?(?:(\w+)\s+)?(day|week|month|year)s?\b/i;

/** Longest phrases first, so "no less than" wins over "less than". */
const QUALIFIERS: [string, TargetQualifier][] = [
  ["no less than", "at least"],
  ["not less than", "at least"],
  ["no more than", "up to"],
  ["not more than", "up to"],
  ["a minimum of", "at least"],
  ["a maximum of", "up to"],
  ["approximately", "about"],
  ["in excess of", "more than"],
  ["more than", "more than"],
  ["fewer than", "less than"],
  ["less than", "less than"],
  ["at least", "at least"],
  ["roughly", "about"],
  ["around", "about"],
  ["up to", "up to"],
  ["about", "about"],
  ["above", "more than"],
  ["below", "less than"],
  ["under", "less than"],
  ["over", "over"],
];

const REDUCE_VERB = /\b(?:reduc|cut|lower|decreas|lessen|curb|shrink|slash|declin)[a-z]*/gi;
const INCREASE_VERB = /\b(?:increas|rais|boost|grow|expand|lift|doubl)[a-z]*/gi;
const PHRASE_END =
  /\s*(?:[,;:(]|\.(?:\s|$)|\s(?:by|within|compared|until|before|to|that|which|are|is|will|should|must|shall|can|would)\s)/i;
const PREPOSITION = /\s(?:for|in|of|on|at|to|from|with|per|across|under|between|among|into|by)\s/i;

/** Extracts every quantity of a target sentence, its deadline year and relative deadline. */
export function extractTargetQuantities(sentence: string): TargetExtraction {
  const within = findWithin(sentence);
  const targetYear = TARGET_YEAR.exec(sentence);
  const baseline = BASELINE.exec(sentence);
  const baselineYear = baseline?.[1] === undefined ? null : Number(baseline[1]);
  const tokens = findNumbers(sentence).filter(
    (token) => !within || token.end <= within.start || token.start >= within.end,
  );
  const starts = tokens.map((token) => token.start - qualifierAt(sentence, token).length);
  const quantities = tokens.flatMap((token, at): TargetQuantity[] => {
    const previousEnd = at === 0 ? 0 : (tokens[at - 1]?.end ?? 0);
    const nextStart = starts[at + 1] ?? sentence.length;
    const quantity = readQuantity(sentence, token, previousEnd, nextStart, baselineYear);
    return quantity ? [quantity] : [];
  });
  return {
    quantities,
    targetYear: targetYear?.[1] === undefined ? null : Number(targetYear[1]),
    timeLimit: within?.timeLimit ?? null,
  };
}

function readQuantity(
  sentence: string,
  token: NumberToken,
  previousEnd: number,
  nextStart: number,
  baselineYear: number | null,
): TargetQuantity | null {
  const qualifierText = qualifierAt(sentence, token);
  const before = sentence.slice(previousEnd, token.start - qualifierText.length);
  const link = /\b(by|to)\s*$/i.exec(before);
  const linking = link?.[1]?.toLowerCase() ?? null;
  const verb = lastVerb(before);
  const after = nounPhrase(sentence.slice(token.end, Math.max(token.end, nextStart)));
  const counted = token.unit === null ? countedNoun(after) : null;
  if (token.unit === null && counted === null && isWordNumber(sentence, token)) return null;
  const verbMetric = verb && link ? cleanPhrase(before.slice(verb.end, link.index)) : null;
  const ofMetric = /^of\s+(.+)$/i.exec(after)?.[1];
  const metric = verbMetric || (ofMetric ? cleanPhrase(ofMetric) : cleanPhrase(after)) || null;
  return {
    value: token.value,
    unit: token.unit ?? counted,
    qualifier:
      QUALIFIERS.find(([phrase]) => phrase === qualifierText.trim().toLowerCase())?.[1] ?? null,
    direction: verb && linking === "by" ? verb.direction : "reach",
    baselineYear,
    metric,
  };
}

const QUALIFIER_PATTERNS = QUALIFIERS.map(([phrase]) => new RegExp(`(?:^|\\s)(${phrase}\\s+)$`));

/** The qualifier words right before a number; only the last few words can be one. */
function qualifierAt(sentence: string, token: NumberToken): string {
  const before = sentence.slice(Math.max(0, token.start - 30), token.start).toLowerCase();
  for (const pattern of QUALIFIER_PATTERNS) {
    const match = pattern.exec(before);
    if (match?.[1]) return match[1];
  }
  return "";
}

function lastVerb(text: string): { end: number; direction: TargetDirection } | null {
  const reduce = [...text.matchAll(REDUCE_VERB)].at(-1);
  const increase = [...text.matchAll(INCREASE_VERB)].at(-1);
  const last = (reduce?.index ?? -1) >= (increase?.index ?? -1) ? reduce : increase;
  if (!last) return null;
  return { end: last.index + last[0].length, direction: last === reduce ? "reduce" : "increase" };
}

/** The words after a number up to the end of its phrase, quotes removed. */
function nounPhrase(text: string): string {
  const end = PHRASE_END.exec(text);
  const phrase = end ? text.slice(0, end.index) : text;
  return phrase
    .replace(/[“”"]/g, "")
    .replace(/(?:\s+(?:and|or))+\s*$/i, "")
    .trim();
}

/** A two-word noun ("training bases") is the unit as is; longer phrases give their head noun. */
function countedNoun(phrase: string): string | null {
  if (!phrase || /^of\s/i.test(phrase)) return null;
  const head = phrase.split(PREPOSITION)[0]?.trim() ?? "";
  const words = head.split(/\s+/).filter(Boolean);
  if (words.length === 0 || !/^[\p{L}]/u.test(words[0] ?? "")) return null;
  return words.length <= 2 ? words.join(" ") : (words.at(-1) ?? null);
}

function cleanPhrase(text: string): string {
  return text
    .replace(/[“”"]/g, "")
    .trim()
    .replace(/^(?:the|its|their|a|an)\s+/i, "")
    .trim();
}

function isWordNumber(sentence: string, token: NumberToken): boolean {
  return /^[a-z]/i.test(sentence.slice(token.start, token.end));
}

function findWithin(
  sentence: string,
): { start: number; end: number; timeLimit: TargetTimeLimit } | null {
  const match = WITHIN.exec(sentence);
  if (!match) return null;
  const amount = match[1] === undefined ? 1 : parseCount(match[1]);
  const unit = match[2]?.toLowerCase();
  if (amount === null || amount <= 0 || !isDurationUnit(unit)) return null;
  // The duty is the clause the limit closes: "…, delete … and update the algorithm within".
  const duty =
    sentence
      .slice(0, match.index)
      .split(/[,;:]|\band\b/)
      .at(-1)
      ?.trim() ?? "";
  return {
    start: match.index,
    end: match.index + match[0].length,
    timeLimit: { duty: duty === "" ? null : duty, amount, unit },
  };
}

function isDurationUnit(unit: string | undefined): unit is DurationUnit {
  return unit === "day" || unit === "week" || unit === "month" || unit === "year";
}
