import { DateText } from "@/components/entities/date-text";
import { IssuerTags } from "@/components/entities/issuer-tags";
import { PageHeader } from "@/components/ui/page-header";
import { useLoadedDataset } from "@/data/dataset-query";
import { compareDates } from "@/domain/calendar-date";

export function TimelinePage() {
  const { policies } = useLoadedDataset();
  const sorted = [...policies].sort((a, b) => compareDates(b.date, a.date));
  return (
    <>
      <PageHeader title="Policy timeline">{sorted.length} policies, newest first</PageHeader>
      <ul className="divide-y divide-stone-200 dark:divide-stone-800">
        {sorted.map((policy) => (
          <li key={policy.id} className="py-3">
            <div className="flex flex-wrap items-center gap-3 text-sm text-stone-600 dark:text-stone-400">
              <DateText date={policy.date} />
              <IssuerTags issuers={policy.issuingBodies} />
              <span>{policy.kind === "top5" ? "Top 5" : "Policy news"}</span>
            </div>
            <p className="mt-1">{policy.headline ?? policy.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
