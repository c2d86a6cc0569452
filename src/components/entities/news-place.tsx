import { memo } from "react";
import { Link } from "react-router";
import type { NewsLocation } from "@/data/model";
import { AnnotationMark } from "@/components/entities/annotation-mark";
import { CountryFlag } from "@/components/entities/country-flag";

/** What the place does: narrow the list it stands in (a toggle), or lead to the news page. */
type PlaceAction =
  | { isPlaceFilter: boolean; onPlace: (code: string) => void; href?: never }
  | { href: string; isPlaceFilter?: never; onPlace?: never };

type NewsPlaceProps = PlaceAction & {
  location: NewsLocation;
  /** The item's `annotated` field: the whole place, or only its country, may be an annotation. */
  annotated: readonly string[];
};

const BUTTON =
  "print-keep rounded-full border border-stone-300 bg-white px-2 py-0.5 text-stone-800 hover:bg-stone-200 aria-pressed:bg-accent-100 aria-pressed:text-accent-800 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-200 dark:hover:bg-stone-700 dark:aria-pressed:bg-stone-600 dark:aria-pressed:text-white";
// 24 px tall: the smallest target WCAG 2.2 allows beside the item's other links.
const LINK =
  "inline-flex min-h-6 items-center underline decoration-stone-400 decoration-dotted underline-offset-2 hover:decoration-solid";

/**
 * Where a news item happens ("Where: Shanghai, China"), which need not be its companies' home: in
 * the news list a click narrows the list to that country, in a brief it links to the news there.
 */
export const NewsPlace = memo(function NewsPlace({
  location,
  annotated,
  ...action
}: NewsPlaceProps) {
  const { country, city, words } = location;
  const name = city ? `${city}, ${country.nameEn}` : country.nameEn;
  const said = words ? `The brief says “${words}”` : undefined;
  const tag = (
    <span className="inline-flex items-center gap-1">
      <CountryFlag code={country.code} />
      {name}
    </span>
  );
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <span>Where:</span>
      {action.href === undefined ? (
        <button
          type="button"
          aria-pressed={action.isPlaceFilter}
          onClick={() => action.onPlace(country.code)}
          aria-label={`Filter by where it happens: ${name} (${country.code})`}
          title={said}
          className={BUTTON}
        >
          {tag}
        </button>
      ) : (
        <Link
          to={action.href}
          aria-label={`Where it happens: ${name}`}
          title={`${said ? `${said}. ` : ""}Corporate news happening in ${country.nameEn}`}
          className={LINK}
        >
          {tag}
        </Link>
      )}
      {annotated.includes("location") && <AnnotationMark what="Where it happens" />}
      {annotated.includes("location.country") && (
        <AnnotationMark what={`The country of ${city ?? "the place"}`} />
      )}
    </span>
  );
});
