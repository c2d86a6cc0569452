import { useParams } from "react-router";
import { NotFoundPage } from "@/app/routes/not-found";
import { useLoadedDataset } from "@/data/dataset-query";
import { BriefDocument } from "@/features/briefs/brief-document";

export function BriefPage() {
  const { briefId } = useParams();
  const brief = useLoadedDataset().briefs.find((candidate) => candidate.id === briefId);
  if (!brief) return <NotFoundPage />;
  return <BriefDocument brief={brief} />;
}
