import { PageHeader } from "@/components/ui/page-header";
import { useLoadedDataset } from "@/data/dataset-query";
import { TimelineExplorer } from "@/features/timeline/timeline-explorer";
import { countText } from "@/lib/count-text";

export function TimelinePage() {
  const { policies, briefs } = useLoadedDataset();
  return (
    <>
      <PageHeader title="Policy timeline">
        What each issuing body put out, when, and with whom:{" "}
        {countText(policies.length, "policy", "policies")} from {countText(briefs.length, "brief")}
      </PageHeader>
      <TimelineExplorer />
    </>
  );
}
