import { useParams } from "react-router";
import { NotFoundPage } from "@/app/routes/not-found";
import { useLoadedDataset } from "@/data/dataset-query";
import { CompanyProfile } from "@/features/news/company-profile";

export function CompanyPage() {
  const { companyId } = useParams();
  const company = useLoadedDataset().registries.companies.find((c) => c.id === companyId);
  if (!company) return <NotFoundPage />;
  return <CompanyProfile company={company} />;
}
