import { useId } from "react";
import { DateField } from "@/components/ui/date-field";
import {
  lastOrdinal,
  ordinalToIso,
  parseCalendarDate,
  type CalendarDate,
} from "@/core/calendar-date";
import type { Quarter } from "@/domain/news/quarters";
import type { UpdateNewsFilters } from "@/features/news/use-news-filters";

interface NewsDateRangeProps {
  from: CalendarDate | null;
  to: CalendarDate | null;
  /** Quarters holding news, newest first, as quick choices. */
  quarters: readonly Quarter[];
  onChange: UpdateNewsFilters;
}

const INPUT =
  "w-full rounded-md border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-700 dark:bg-stone-900 dark:[color-scheme:dark]";

/**
 * The date range as two day fields and a quarter menu. A month or year in the URL shows as its
 * first (from) or last (to) day. Editing a field replaces history, as typing does.
 */
export function NewsDateRange({ from, to, quarters, onChange }: NewsDateRangeProps) {
  const id = useId();
  const fromDay = from ? ordinalToIso(from.ordinal) : "";
  const toDay = to ? ordinalToIso(lastOrdinal(to)) : "";
  const quarter = quarters.find((q) => q.from === fromDay && q.to === toDay);
  const readDay = (value: string) => parseCalendarDate(value);
  return (
    <fieldset className="flex flex-col gap-1.5">
      <legend className="mb-1.5 text-sm font-medium">Date</legend>
      <label htmlFor={`${id}-quarter`} className="sr-only">
        Quarter
      </label>
      <select
        id={`${id}-quarter`}
        value={quarter?.label ?? ""}
        onChange={(event) => {
          const chosen = quarters.find((q) => q.label === event.target.value);
          onChange({
            from: chosen ? readDay(chosen.from) : null,
            to: chosen ? readDay(chosen.to) : null,
          });
        }}
        className={INPUT}
      >
        <option value="">{from || to ? "Custom range" : "Any time"}</option>
        {quarters.map((q) => (
          <option key={q.label} value={q.label}>
            {q.label}
          </option>
        ))}
      </select>
      <div className="flex gap-2">
        <DateField
          label="From"
          value={fromDay || null}
          onChange={(day) => onChange({ from: day ? readDay(day) : null }, { replace: true })}
        />
        <DateField
          label="To"
          value={toDay || null}
          onChange={(day) => onChange({ to: day ? readDay(day) : null }, { replace: true })}
        />
      </div>
    </fieldset>
  );
}
