import type { Company } from "@/data/model";

/** The company's parent and the companies that name it as their parent. */
export function selectRelatedCompanies(
  companies: readonly Company[],
  company: Company,
): { parent: Company | null; subsidiaries: Company[] } {
  return {
    parent: companies.find((c) => c.id === company.parentId) ?? null,
    subsidiaries: companies.filter((c) => c.parentId === company.id),
  };
}
