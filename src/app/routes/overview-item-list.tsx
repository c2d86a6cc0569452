import type { ReactNode } from "react";
import { Link } from "react-router";
import { AddedOnDeviceMark } from "@/components/entities/added-on-device-mark";
import { DateText } from "@/components/entities/date-text";
import type { CalendarDate } from "@/core/calendar-date";
import type { AddedOnDevice } from "@/data/model";
import { formatCount } from "@/lib/count-text";

interface OverviewItem {
  id: string;
  date: CalendarDate;
  /** Who: issuing bodies or companies. */
  meta: ReactNode;
  text: string;
  added: AddedOnDevice | null;
}

/** How many items an overview list shows; the rest are a link away, so any brief draws fast. */
export const OVERVIEW_LIST_LIMIT = 10;

/**
 * A titled, compact list of the first items, each linking to where it stands in the brief;
 * `total` counts them all, and a link leads to the rest.
 */
export function OverviewItemList({
  title,
  items,
  total,
  hrefOf,
  moreHref,
}: {
  title: string;
  items: readonly OverviewItem[];
  total: number;
  hrefOf: (id: string) => string;
  moreHref: string;
}) {
  return (
    <section aria-label={title}>
      <h2 className="mb-3 text-lg font-semibold">{title}</h2>
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white px-4 py-1 dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
        {items.map((item) => (
          <li key={item.id} className="py-2 text-sm">
            <div className="flex flex-wrap items-center gap-2 text-stone-600 dark:text-stone-400">
              <DateText date={item.date} short />
              {item.meta}
              <AddedOnDeviceMark added={item.added} />
            </div>
            <Link to={hrefOf(item.id)} className="line-clamp-2 hover:underline">
              {item.text}
            </Link>
          </li>
        ))}
      </ul>
      {total > items.length && (
        <p className="mt-2 text-sm">
          <Link to={moreHref} className="text-accent-700 underline dark:text-accent-100">
            All {formatCount(total)} {title.toLowerCase()} items in the brief
          </Link>
        </p>
      )}
    </section>
  );
}
