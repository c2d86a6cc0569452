import { useId } from "react";
import { parseNewsSort, toNewsSortParam, type NewsSort } from "@/domain/news/news-filters";
import { ANNOTATION_NOTE } from "@/components/entities/annotation-mark";
import { countText } from "@/lib/count-text";

const SORT_CHOICES = [
  { value: "date-desc", label: "Newest first" },
  { value: "date-asc", label: "Oldest first" },
  { value: "company-asc", label: "Company A–Z" },
  { value: "company-desc", label: "Company Z–A" },
  { value: "country-asc", label: "Country A–Z" },
  { value: "country-desc", label: "Country Z–A" },
] as const;

/** One formatter: `toLocaleString` builds one per call, on every keystroke. */
const COUNT = new Intl.NumberFormat("en");

interface NewsListHeaderProps {
  shown: number;
  total: number;
  sort: NewsSort;
  onSortChange: (sort: NewsSort) => void;
}

/** How many items match, the sort order, and what the dagger marks mean. */
export function NewsListHeader({ shown, total, sort, onSortChange }: NewsListHeaderProps) {
  const sortId = useId();
  return (
    <div className="mb-2 flex flex-wrap items-end justify-between gap-3">
      <div>
        <p role="status" className="font-medium">
          {shown === total
            ? countText(total, "item")
            : `${COUNT.format(shown)} of ${COUNT.format(total)} items`}
        </p>
        <p className="text-xs text-stone-500 dark:text-stone-400">
          Click a company or country to filter by it. † Annotation: {ANNOTATION_NOTE}.
        </p>
      </div>
      <div className="flex items-center gap-2 text-sm">
        <label htmlFor={sortId}>Sort by</label>
        <select
          id={sortId}
          value={toNewsSortParam(sort)}
          onChange={(event) => onSortChange(parseNewsSort(event.target.value))}
          className="rounded-md border border-stone-300 bg-white px-2 py-1 dark:border-stone-700 dark:bg-stone-900"
        >
          {SORT_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
