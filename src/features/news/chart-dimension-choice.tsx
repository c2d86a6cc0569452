import { useId } from "react";
import type { NewsChartDimension } from "@/domain/news/news-filters";

const CHOICES: readonly { value: NewsChartDimension; label: string }[] = [
  { value: "country", label: "Country" },
  { value: "company", label: "Company" },
  { value: "deal-kind", label: "Kind of deal" },
];

/** What the summary chart counts by, as a row of radio buttons. */
export function ChartDimensionChoice({
  value,
  onChange,
}: {
  value: NewsChartDimension;
  onChange: (dimension: NewsChartDimension) => void;
}) {
  const name = useId();
  return (
    <fieldset className="no-print mb-2 flex flex-wrap items-center gap-2 text-sm">
      <legend className="float-left mr-1 text-stone-600 dark:text-stone-400">Count by</legend>
      {CHOICES.map((choice) => (
        <label
          key={choice.value}
          className="cursor-pointer rounded-md border border-stone-300 px-2.5 py-1 has-checked:border-accent-700 has-checked:bg-accent-50 has-checked:text-accent-800 has-focus-visible:outline-2 has-focus-visible:outline-accent-600 dark:border-stone-700 dark:has-checked:bg-stone-700 dark:has-checked:text-white"
        >
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
            className="sr-only"
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
