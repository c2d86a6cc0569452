import type { Country } from "@/data/model";
import { toFlagEmoji } from "@/domain/news/country-flag";

/** A home country as flag and ISO code ("🇩🇪 DE"); the flag is decoration, the code text. */
export function CountryTag({ country }: { country: Country }) {
  return (
    <>
      <span aria-hidden="true" className="mr-1">
        {toFlagEmoji(country.code)}
      </span>
      {country.code}
    </>
  );
}
