import { useParams } from "react-router";
import { NotFoundPage } from "@/app/routes/not-found";
import { useLoadedDataset } from "@/data/dataset-query";
import { BodyProfilePage } from "@/features/bodies/body-profile-page";

export function BodyPage() {
  const { bodyId } = useParams();
  const body = useLoadedDataset().registries.issuingBodies.find((b) => b.id === bodyId);
  if (!body) return <NotFoundPage />;
  return <BodyProfilePage body={body} />;
}
