import { PageHeader } from "@/components/ui/page-header";
import { useLoadedDataset } from "@/data/dataset-query";

export function TargetsPage() {
  const { targets } = useLoadedDataset();
  return (
    <>
      <PageHeader title="Targets by sector">{targets.length} targets</PageHeader>
      <ul className="divide-y divide-stone-200 dark:divide-stone-800">
        {targets.map((target) => (
          <li key={target.id} className="py-3">
            <p className="text-sm text-stone-600 dark:text-stone-400">
              {target.sector.nameEn} · {target.targetYear ?? "No year stated"}
            </p>
            <p>{target.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
