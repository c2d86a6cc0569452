import { DateText } from "@/components/entities/date-text";
import { SourceLabels } from "@/components/entities/source-labels";
import { PageHeader } from "@/components/ui/page-header";
import { useLoadedDataset } from "@/data/dataset-query";
import { compareDates } from "@/domain/calendar-date";

export function NewsPage() {
  const { corporateNews } = useLoadedDataset();
  const sorted = [...corporateNews].sort((a, b) => compareDates(b.date, a.date));
  return (
    <>
      <PageHeader title="Corporate news">{sorted.length} items, newest first</PageHeader>
      <ul className="divide-y divide-stone-200 dark:divide-stone-800">
        {sorted.map((item) => (
          <li key={item.id} className="py-3">
            <p className="text-sm text-stone-600 dark:text-stone-400">
              <DateText date={item.date} /> ·{" "}
              {item.companies.map((c) => `${c.name} (${c.country.code})`).join(", ")}
            </p>
            <p>{item.text}</p>
            <SourceLabels sources={item.sources} />
          </li>
        ))}
      </ul>
    </>
  );
}
