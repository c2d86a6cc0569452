import { EmptyState } from "@/components/feedback/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { useLoadedDataset } from "@/data/dataset-query";
import { BriefList } from "@/features/briefs/brief-list";
import { countText } from "@/lib/count-text";

export function BriefsPage() {
  const { briefs } = useLoadedDataset();
  return (
    <>
      <PageHeader title="Briefs">
        {countText(briefs.length, "brief")}, newest first. Open one to read it as it was written,
        with links into the dashboard.
      </PageHeader>
      {briefs.length === 0 ? (
        <EmptyState title="No briefs are loaded">
          Add a brief to public/data/index.json, or check the notice above for files that failed.
        </EmptyState>
      ) : (
        <BriefList briefs={briefs} />
      )}
    </>
  );
}
