import type { Country } from "@/data/model";
import { CountryFlag } from "@/components/entities/country-flag";

/** A country as its flag and its English name ("[flag] Germany"); the flag is decoration. */
export function CountryTag({ country }: { country: Country }) {
  return (
    <span className="inline-flex items-center gap-1">
      <CountryFlag code={country.code} />
      {country.nameEn}
    </span>
  );
}
