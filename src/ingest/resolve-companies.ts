/**
 * Companies named in a corporate news item: registry names and aliases first; then the shapes
 * briefs use to introduce a company ("Swedish aluminum producer Gränges", "Tesla announced",
 * "with the Tianjin Free Trade Zone Investment Company") find the ones the registry lacks.
 * Nationality words give countries, which are checked against the registry.
 */
import type { CountryFile } from "@/data/schema";
import {
  companyEntries,
  escapeRegExp,
  findNames,
  uniqueIds,
  type IngestRegistries,
  type NameHit,
} from "./entity-registries";

export interface UnknownCompany {
  name: string;
  /** Country code from a nationality word before the name, when there is one. */
  country: string | null;
}

export interface ResolvedCompanies {
  ids: string[];
  unknown: UnknownCompany[];
  /** Plain-language problems: nationality words that contradict the registry or are unknown. */
  problems: string[];
}

// A company name: up to eight capitalised words ("Aviation Industry Corporation of China").
// The bound keeps matching linear on long runs of capitalised words.
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,7}`;
const COMPANY_NOUN = String.raw`(?:producer|maker|manufacturer|giant|group|company|firm|automaker|carmaker|shipbuilder|supplier|operator|developer|provider|start-?up|conglomerate|bank|investor|chipmaker|vendor|retailer|brand|corporation|enterprise|airline|utility|major|unit|subsidiary)`;
const DESCRIBED = new RegExp(
  String.raw`(?<![\p{L}])(\p{Lu}[\p{L}]*(?:['’]s)?)\s+((?:[\p{Ll}][\p{L}-]*\s+){0,3}${COMPANY_NOUN})\s+(${NAME})`,
  "gu",
);
const SUBJECT = new RegExp(
  String.raw`^(${NAME})\s+(?:has\s+|have\s+|had\s+)?(?:announced|announces|signed|signs|agreed|agrees|secured|secures|launched|launches|opened|opens|plans|planned|will|acquired|acquires|completed|completes|unveiled|unveils|released|releases|won|wins|started|starts|invested|invests|received|receives|is|was)\b`,
  "u",
);
const PARTNERS = new RegExp(
  String.raw`\bwith\s+(?:the\s+)?(${NAME})(?:\s+and\s+(?:the\s+)?(${NAME}))?`,
  "gu",
);
const SUFFIXED = new RegExp(
  String.raw`(${NAME}\s+(?:Corp\.?|Corporation|Company|Co\.|Ltd\.?|Group|Inc\.?|Holdings|AG|SE|GmbH|plc))(?![\p{L}])`,
  "gu",
);
const NATIONALITY_LIKE = /(?:ian|ish|ese|an|ch|ic|i)$/;

/** Companies of a corporate news item in order of appearance, and the names not in the registry. */
export function resolveCompanies(text: string, registries: IngestRegistries): ResolvedCompanies {
  const hits = findNames(text, companyEntries(registries.companies));
  const demonyms = demonymIndex(registries.countries);
  const problems: string[] = [];
  const candidates: { name: string; start: number; country: string | null }[] = [];
  for (const match of text.matchAll(DESCRIBED)) {
    // Stryker disable next-line StringLiteral: group 1 of DESCRIBED is not optional, so it is never undefined
    const word = match[1] ?? "";
    const country = demonyms.get(word) ?? null;
    if (!country && !NATIONALITY_LIKE.test(word)) continue;
    if (!country) problems.push(`nationality word '${word}' is not in the countries registry`);
    // Stryker disable next-line StringLiteral: group 3 of DESCRIBED is not optional, so it is never undefined
    const name = cleanName(match[3] ?? "");
    candidates.push({ name, start: text.indexOf(name, match.index), country });
  }
  const subject = SUBJECT.exec(text);
  if (subject?.[1]) candidates.push({ name: cleanName(subject[1]), start: 0, country: null });
  for (const match of [...text.matchAll(PARTNERS), ...text.matchAll(SUFFIXED)]) {
    for (const name of [match[1], match[2]]) {
      if (name)
        candidates.push({ name: cleanName(name), start: text.indexOf(name), country: null });
    }
  }
  const unknown: UnknownCompany[] = [];
  for (const candidate of candidates) {
    const end = candidate.start + candidate.name.length;
    // Stryker disable next-line EqualityOperator: a name's end is never a registry name's start (the name pattern takes up letters and digits, hits start with one)
    const known = hits.find((hit) => candidate.start < hit.end && hit.start < end);
    if (known) checkCountry(known, candidate.country, registries, problems);
    else if (isCompanyName(candidate.name, registries.countries)) {
      const same = unknown.find((u) => u.name === candidate.name);
      if (!same) unknown.push({ name: candidate.name, country: candidate.country });
      else same.country ??= candidate.country;
    }
  }
  checkBackReference(text, hits, demonyms, registries, problems);
  return { ids: uniqueIds(hits), unknown, problems };
}

/** "the German automaker's" points back to the item's first company. */
function checkBackReference(
  text: string,
  hits: readonly NameHit[],
  demonyms: Map<string, string>,
  registries: IngestRegistries,
  problems: string[],
): void {
  const first = hits[0];
  if (!first) return;
  const words = [...demonyms.keys()].map(escapeRegExp).join("|");
  // Stryker disable next-line StringLiteral: without the u flag the pattern (ASCII syntax, escaped BMP words) matches the same
  const match = new RegExp(String.raw`\bthe\s+(${words})\s+${COMPANY_NOUN}(?:['’]s)?`, "u").exec(
    text,
  );
  if (match?.[1]) checkCountry(first, demonyms.get(match[1]) ?? null, registries, problems);
}

function checkCountry(
  hit: NameHit,
  country: string | null,
  registries: IngestRegistries,
  problems: string[],
): void {
  const company = registries.companies.find((c) => c.id === hit.id);
  if (!country || !company || company.country === country) return;
  problems.push(
    `the text calls ${company.name} ${country}, the companies registry says ${company.country}`,
  );
}

/** Demonyms ("Swedish") and possessive country names ("China's") to country codes. */
function demonymIndex(countries: readonly CountryFile[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const country of countries) {
    for (const word of [...country.demonyms, `${country.nameEn}'s`, `${country.nameEn}’s`]) {
      index.set(word, country.code);
    }
  }
  return index;
}

function cleanName(name: string): string {
  return (
    // Stryker disable next-line MethodExpression: a cleaned name has no outer spaces (it starts and ends with a name character), so trim changes nothing
    name
      // Stryker disable next-line Regex: \s instead of \s+ after The leaves spaces that trim removes
      .replace(/^The\s+/, "")
      .replace(/['’]s$/, "")
      .trim()
  );
}

function isCompanyName(name: string, countries: readonly CountryFile[]): boolean {
  if (name.length < 2) return false;
  return !countries.some((country) => country.nameEn === name || country.demonyms.includes(name));
}
