/**
 * Where a corporate news item happens. The brief's words decide where they can: "in China" names
 * a country of the registry. A city ("a factory in Shanghai") is named by the annotations, which
 * the item's text must bear out; the city's country, which the text does not state, is then an
 * annotation too. A place neither states is left out rather than guessed.
 */
import type { CountryFile, NewsLocationFile } from "@/data/schema";
import type { Annotations } from "./annotations";
import { escapeRegExp } from "./entity-registries";

type LocationAnnotation = NonNullable<Annotations["corporateNews"][number]["location"]>;

export interface LocatedNews {
  location: NewsLocationFile | undefined;
  /** `annotated` field names: "location" when all of it is, "location.country" for the country. */
  annotated: string[];
  problems: string[];
}

/**
 * "in China", "in the United Kingdom": the country the text puts it in first; of two names at the
 * same place the longer ("in Guinea-Bissau", not "in Guinea"), whatever the registry's order.
 */
export function findStatedCountry(
  text: string,
  countries: readonly CountryFile[],
): { code: string; words: string } | null {
  let found: { code: string; words: string; at: number } | null = null;
  for (const country of countries) {
    const pattern = new RegExp(
      `\\bin (?:the )?${escapeRegExp(country.nameEn)}(?![\\p{L}\\p{N}])`,
      "u",
    );
    const match = pattern.exec(text);
    const first =
      match !== null &&
      (found === null ||
        match.index < found.at ||
        (match.index === found.at && match[0].length > found.words.length));
    if (first) {
      found = { code: country.code, words: match[0], at: match.index };
    }
  }
  return found && { code: found.code, words: found.words };
}

/** The words that name the city in the text: "in Shanghai" where printed so, else the name alone. */
function findCityWords(text: string, city: string): string | null {
  const name = escapeRegExp(city);
  const match =
    new RegExp(`\\bin ${name}(?![\\p{L}\\p{N}])`, "u").exec(text) ??
    new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, "u").exec(text);
  return match?.[0] ?? null;
}

/** The item's place from its words and its annotation, with what a reviewer must fix. */
export function locateCorporateNews(
  text: string,
  annotation: LocationAnnotation | undefined,
  countries: readonly CountryFile[],
): LocatedNews {
  const stated = findStatedCountry(text, countries);
  const problems: string[] = [];
  let country = annotation?.country;
  if (country && !countries.some((entry) => entry.code === country)) {
    problems.push(`the annotation's country '${country}' is not in the countries registry`);
    country = undefined;
  }
  if (country && stated && country !== stated.code) {
    problems.push(
      `the annotation puts the item in '${country}' but its text says '${stated.words}'; the text is used`,
    );
  }
  const city = annotation?.city;
  if (city) {
    const words = findCityWords(text, city);
    if (words === null) {
      problems.push(`the annotation's city '${city}' is not in the item's text; it is left out`);
    } else if (stated) {
      return { location: { country: stated.code, city, words }, annotated: [], problems };
    } else if (country) {
      return {
        location: { country, city, words },
        annotated: ["location.country"],
        problems,
      };
    } else {
      problems.push(`the annotation names the city '${city}' but not its country; add 'country'`);
    }
  }
  if (stated)
    return { location: { country: stated.code, words: stated.words }, annotated: [], problems };
  if (country) return { location: { country }, annotated: ["location"], problems };
  return { location: undefined, annotated: [], problems };
}
