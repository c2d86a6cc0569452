import { PageHeader } from "@/components/ui/page-header";
import { useLoadedDataset } from "@/data/dataset-query";
import { TimelineExplorer } from "@/features/timeline/timeline-explorer";

export function TimelinePage() {
  const { policies, briefs } = useLoadedDataset();
  return (
    <>
      <PageHeader title="Policy timeline">
        What each issuing body put out, when, and with whom: {policies.length}{" "}
        {policies.length === 1 ? "policy" : "policies"} from {briefs.length}{" "}
        {briefs.length === 1 ? "brief" : "briefs"}
      </PageHeader>
      <TimelineExplorer />
    </>
  );
}
