import { PageHeader } from "@/components/ui/page-header";
import { NewsExplorer } from "@/features/news/news-explorer";

export function NewsPage() {
  return (
    <>
      <PageHeader title="Corporate news">
        Who is doing what in China: joint ventures, orders, factories and deals, by company and home
        country.
      </PageHeader>
      <NewsExplorer />
    </>
  );
}
