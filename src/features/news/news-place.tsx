import { memo } from "react";
import type { NewsLocation } from "@/data/model";
import { AnnotationMark } from "@/components/entities/annotation-mark";
import { CountryFlag } from "@/components/entities/country-flag";

interface NewsPlaceProps {
  location: NewsLocation;
  /** The item's `annotated` field: the whole place, or only its country, may be an annotation. */
  annotated: readonly string[];
  isPlaceFilter: boolean;
  onPlace: (code: string) => void;
}

/**
 * Where a news item happens ("Shanghai, China"), which need not be its companies' home; a click
 * narrows the list to news happening in that country.
 */
export const NewsPlace = memo(function NewsPlace({
  location,
  annotated,
  isPlaceFilter,
  onPlace,
}: NewsPlaceProps) {
  const { country, city, words } = location;
  const isAnnotated = annotated.includes("location");
  const isCountryAnnotated = annotated.includes("location.country");
  const name = city ? `${city}, ${country.nameEn}` : country.nameEn;
  return (
    <p className="mt-2 flex flex-wrap items-center gap-1.5 text-xs text-stone-600 dark:text-stone-400">
      <span>Where:</span>
      <button
        type="button"
        aria-pressed={isPlaceFilter}
        onClick={() => onPlace(country.code)}
        aria-label={`Filter by where it happens: ${name} (${country.code})`}
        title={words ? `The brief says “${words}”` : undefined}
        className="print-keep rounded-full border border-stone-300 bg-white px-2 py-0.5 text-stone-800 hover:bg-stone-200 aria-pressed:bg-accent-100 aria-pressed:text-accent-800 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-200 dark:hover:bg-stone-700 dark:aria-pressed:bg-stone-600 dark:aria-pressed:text-white"
      >
        <span className="inline-flex items-center gap-1">
          <CountryFlag code={country.code} />
          {name}
        </span>
      </button>
      {isAnnotated && <AnnotationMark what="Where it happens" />}
      {isCountryAnnotated && <AnnotationMark what={`The country of ${city ?? "the place"}`} />}
    </p>
  );
});
